namespace Diplomacy.Runtime.Hosting;

public static class ClusterConnection
{
    /// <summary>
    /// An embedded silo when <paramref name="cluster"/> is null, otherwise a client of the cluster
    /// that meets in that Redis. The scenario runs the same either way, to the byte.
    /// </summary>
    public static async Task<IClusterConnection> OpenAsync(RedisCluster? cluster, bool tracing, CancellationToken cancellationToken = default) =>
        cluster is null
            ? await EmbeddedSilo.StartAsync(tracing, cancellationToken)
            : await RemoteCluster.ConnectAsync(cluster, tracing, cancellationToken);
}
