using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Tests.Robustness;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>Redis killed under a running cluster: the run ends with one line and exit 1, and writes nothing.</summary>
[Collection(RedisLossClusterCollection.Name)]
public sealed class RedisLossTests(RedisLossClusterFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-redis-loss-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_run_whose_redis_dies_ends_with_one_line_exit_1_and_no_output()
    {
        // A run of 200 rounds with no stop condition: the run grain plays at most 32 rounds ahead of
        // its client, so when Redis dies at round 3 on the screen it still has rounds to store.
        var folder = Path.Combine(_temp.Path, "run");
        using var run = CliProcess.Start(
            "dotnet",
            [
                CliProcess.Dll, "run", CliRun.RepositoryFile("tests/faults/long-talks.yaml"), "--out", folder,
                "--redis", fixture.Cluster.Endpoint, "--cluster-id", fixture.Cluster.ClusterId, "--connect-timeout", "120",
            ],
            _temp.Path);
        var error = run.StandardError.ReadToEndAsync();
        while (await run.StandardOutput.ReadLineAsync().WaitAsync(CliProcess.Guard) is { } line && !line.StartsWith("Round 3", StringComparison.Ordinal))
        {
        }

        fixture.KillRedis();
        await CliProcess.WaitAsync(run);

        // Which call notices first decides the words: a storage write (Redis), or a call that times out meanwhile.
        var message = (await error).TrimEnd();
        Assert.True(run.ExitCode == ExitCodes.Failure, message);
        Assert.Matches(@"^diplomacy: the cluster (lost its Redis|was lost|stopped answering) during the run \(.+\); no output was written$", message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public async Task A_run_on_a_redis_that_is_not_there_is_refused_in_one_line()
    {
        var (exit, _, error) = await CliRun.RunAsync("run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--redis", "127.0.0.1:1", "--out", Path.Combine(_temp.Path, "x"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal("diplomacy: cannot reach Redis at 127.0.0.1:1 within 15 s: Connection refused (is redis-server running there? --connect-timeout S waits longer)", error.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }
}
