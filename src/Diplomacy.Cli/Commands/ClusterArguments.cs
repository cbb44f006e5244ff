using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;

namespace Diplomacy.Cli.Commands;

/// <summary><c>--redis HOST:PORT</c>, <c>--cluster-id ID</c> and <c>--connect-timeout S</c>: which cluster to join or use, and how long to try.</summary>
public static class ClusterArguments
{
    public const string OptionsHelp = """
          --redis HOST:PORT        run on the cluster of 'diplomacy silo' processes that meet in this Redis,
                                   instead of on an embedded silo
          --cluster-id ID          the cluster's id in Redis (default diplomacy); needs --redis
          --connect-timeout S      give up reaching Redis and a silo after S seconds, 1-600 (default 15)
        """;

    /// <summary>The cluster named on the command line, or null for an embedded silo.</summary>
    public static RedisCluster? Read(ArgumentReader arguments)
    {
        var redis = arguments.Option("redis");
        var clusterId = arguments.Option("cluster-id");
        var timeout = arguments.IntOption("connect-timeout", minimum: 1, maximum: 600);
        if (redis is null)
        {
            return clusterId is null && timeout is null
                ? null
                : throw new UsageException($"option '--{(clusterId is null ? "connect-timeout" : "cluster-id")}' needs '--redis HOST:PORT'");
        }

        if (string.IsNullOrWhiteSpace(redis) || redis.Contains("://", StringComparison.Ordinal))
        {
            throw new UsageException($"option '--redis' expects HOST:PORT (for example 127.0.0.1:6379), got '{redis}'");
        }

        return new RedisCluster(redis, clusterId ?? RedisCluster.DefaultClusterId)
        {
            ConnectTimeout = TimeSpan.FromSeconds(timeout ?? RedisCluster.DefaultConnectTimeoutSeconds),
        };
    }

    /// <summary>Starts an embedded silo or connects to the cluster; an unreachable cluster is reported by the dispatcher in one line.</summary>
    public static Task<IClusterConnection> ConnectAsync(RedisCluster? cluster, bool tracing, CancellationToken cancellationToken)
    {
        InternalFailure.WatchBackgroundThreads();
        return ClusterConnection.OpenAsync(cluster, tracing, cancellationToken);
    }
}
