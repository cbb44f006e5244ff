using Diplomacy.Cli.CommandLine;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>
/// The scenario gives the same bytes on a real multi-process cluster as on the embedded silo, even
/// when a silo is killed in the middle of the run.
/// </summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterTests(RedisClusterFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_run_on_two_silo_processes_writes_the_same_bytes_as_the_embedded_silo()
    {
        var scenario = CliRun.ShippedScenario("talks-as-announced.yaml");
        var onCluster = _temp.Sub("cluster");
        var embedded = _temp.Sub("embedded");

        var (clusterExit, _, clusterError) = await CliRun.RunAsync(
            "run", scenario, "--redis", fixture.Cluster.Endpoint, "--cluster-id", fixture.Cluster.ClusterId, "--connect-timeout", "120", "--out", onCluster, "--quiet");
        var (embeddedExit, _, _) = await CliRun.RunAsync("run", scenario, "--out", embedded, "--quiet");

        Assert.True(clusterExit == ExitCodes.Success, clusterError);
        Assert.Equal(ExitCodes.Success, embeddedExit);
        RunFolders.AssertSameBytes(embedded, onCluster);

        // A finished run leaves no grain state behind in Redis: a long-lived cluster does not fill up.
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(fixture.Cluster.Endpoint);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        Assert.Empty(server.Keys(pattern: "*talks-as-announced*").ToList());
    }

    [Fact]
    public async Task An_unreachable_cluster_is_a_clear_error_not_a_stack_trace()
    {
        var scenario = CliRun.ShippedScenario("talks-as-announced.yaml");
        var folder = _temp.Sub("nowhere");

        var (exit, _, error) = await CliRun.RunAsync(
            "run", scenario, "--redis", fixture.Cluster.Endpoint, "--cluster-id", "no-silo-has-joined-this", "--out", folder);

        Assert.True(exit == ExitCodes.InvalidInput, error);
        Assert.Contains("cannot reach the Diplomacy cluster 'no-silo-has-joined-this'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
