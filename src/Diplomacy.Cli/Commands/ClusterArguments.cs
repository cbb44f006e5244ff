using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;

namespace Diplomacy.Cli.Commands;

/// <summary><c>--redis HOST:PORT</c> and <c>--cluster-id ID</c>: which cluster to join or use.</summary>
public static class ClusterArguments
{
    public const string UsageLine = "[--redis HOST:PORT [--cluster-id ID]]";

    /// <summary>The cluster named on the command line, or null for an embedded silo.</summary>
    public static RedisCluster? Read(ArgumentReader arguments)
    {
        var redis = arguments.Option("redis");
        var clusterId = arguments.Option("cluster-id");
        if (redis is null)
        {
            return clusterId is null ? null : throw new UsageException("option '--cluster-id' needs '--redis HOST:PORT'");
        }

        if (string.IsNullOrWhiteSpace(redis) || redis.Contains("://", StringComparison.Ordinal))
        {
            throw new UsageException($"option '--redis' expects HOST:PORT (for example 127.0.0.1:6379), got '{redis}'");
        }

        return new RedisCluster(redis, clusterId ?? RedisCluster.DefaultClusterId);
    }

    /// <summary>Starts an embedded silo or connects to the cluster; an unreachable cluster is the user's to fix, so no stack trace.</summary>
    public static async Task<IClusterConnection> ConnectAsync(RedisCluster? cluster, bool tracing)
    {
        try
        {
            return await ClusterConnection.OpenAsync(cluster, tracing);
        }
        catch (ClusterUnavailableException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
