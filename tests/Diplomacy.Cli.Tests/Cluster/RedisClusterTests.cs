using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>
/// A scenario gives its approved bytes on a real multi-process cluster, whichever silo conducts the
/// run and whichever the client talks to.
/// </summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisClusterTests(RedisClusterFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_baseline_on_two_silo_processes_writes_its_approved_bytes_at_seeds_1_7_and_2025()
    {
        var scenario = CliRun.ShippedScenario("talks-as-announced.yaml");
        foreach (var seed in new[] { 1, 7, 2025 })
        {
            var folder = _temp.Sub($"cluster-{seed}");

            var (exit, _, error) = await CliRun.RunAsync(
                "run", scenario, "--seed", $"{seed}", "--redis", fixture.Cluster.Endpoint, "--cluster-id", fixture.Cluster.ClusterId, "--connect-timeout", "120", "--out", folder, "--quiet");

            Assert.True(exit == ExitCodes.Success, error);
            await ApprovedTraces.AssertApprovedAsync(folder, "talks-as-announced", seed);
        }

        // A finished run leaves no state behind in Redis: a long-lived cluster does not fill up.
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(fixture.Cluster.Endpoint);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        Assert.Empty(server.Keys(pattern: "*talks-as-announced*").ToList());
    }

    [Fact]
    public async Task A_client_on_one_silo_follows_a_run_conducted_on_another_and_gets_the_approved_bytes()
    {
        var scenario = ScenarioLoader.Load(CliRun.ShippedScenario("talks-as-announced.yaml"));
        var clientSilo = fixture.Silos[0];
        await using var client = await SingleGatewayClient.ConnectAsync(fixture.Cluster, clientSilo);

        var (run, host) = await ClusterRuns.SubmitAwayFromAsync(new ScenarioRunner(client.Client), scenario, notOn: clientSilo);
        await run.ResumeAsync();
        var folder = _temp.Sub("elsewhere");
        await ClusterRuns.FollowToFolderAsync(run, scenario, folder);

        Assert.NotEqual(clientSilo.Process.Id, host);
        Assert.Contains(fixture.Silos, s => s.Process.Id == host);
        await ApprovedTraces.AssertApprovedAsync(folder, "talks-as-announced", scenario.Seed);
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
