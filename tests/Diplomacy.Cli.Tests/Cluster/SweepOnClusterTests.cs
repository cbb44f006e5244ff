using Diplomacy.Cli.CommandLine;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Sweeps;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>A cluster of its own (three silo processes) for the sweep that loses one of them.</summary>
public sealed class SweepCrashClusterFixture : RedisClusterFixture;

[CollectionDefinition(Name)]
public sealed class SweepCrashClusterCollection : ICollectionFixture<SweepCrashClusterFixture>
{
    public const string Name = "Redis cluster a sweep runs on while it loses a silo";
}

/// <summary>A sweep spread over three <c>diplomacy silo</c> processes writes the tables the embedded silo writes, byte for byte.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class SweepOnClusterTests(RedisClusterFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-sweep-cluster-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_sweep_spread_over_three_silo_processes_writes_the_tables_and_traces_of_the_embedded_silo()
    {
        var (file, embedded) = await SweepFiles.EmbeddedAsync(_temp.Path);
        await fixture.StartSiloAsync();
        var onCluster = _temp.Sub("cluster");

        var (exit, _, error) = await CliRun.RunAsync(
            "sweep", file, "--out", onCluster, "--quiet", "--parallel", "4", "--traces", "--redis", fixture.Cluster.Endpoint, "--cluster-id", fixture.Cluster.ClusterId);

        Assert.True(exit == ExitCodes.Success, error);
        await SweepFiles.AssertSameAsync(embedded, onCluster);
    }
}

/// <summary>
/// The same sweep with one of the three silos SIGKILLed mid-sweep: the same bytes, every run once.
/// </summary>
[Collection(SweepCrashClusterCollection.Name)]
public sealed class SweepSiloCrashTests(SweepCrashClusterFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-sweep-crash-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_sweep_on_three_silos_that_loses_one_writes_the_embedded_tables_with_every_run_once()
    {
        var (file, embedded) = await SweepFiles.EmbeddedAsync(_temp.Path);

        var victim = await fixture.StartSiloAsync();
        var onCluster = _temp.Sub("cluster");
        await using (var client = await RemoteCluster.ConnectAsync(fixture.Cluster))
        {
            var killed = false;
            var summary = await new SweepRunner(client.Client).RunAsync(
                SweepFileReader.Load(file),
                new SweepOptions(onCluster, Parallel: 4, Traces: true),
                progress =>
                {
                    if (!killed && progress.Done >= 3)
                    {
                        victim.Process.Kill();
                        killed = true;
                    }
                });

            Assert.True(killed, "a silo should have been killed during the sweep");
            Assert.True(summary.Failed == 0, string.Join("\n", summary.Failures.Select(f => $"run {f.Run.Number}: {f.Error}")));
        }

        await SweepFiles.AssertSameAsync(embedded, onCluster);
    }
}

/// <summary>The sweep both cluster tests run, its embedded run, and the comparison.</summary>
internal static class SweepFiles
{
    public const int Runs = 10;

    public static async Task<(string File, string Embedded)> EmbeddedAsync(string temp)
    {
        var file = Path.Combine(temp, "cluster-sweep.yaml");
        await File.WriteAllTextAsync(file, $"name: cluster-sweep\nscenario: {CliRun.ShippedScenario("talks-as-announced.yaml")}\nseed: 12\nuncertainty: from-confidence\nreplicates: {Runs}\n");
        var embedded = Path.Combine(temp, "embedded");
        var (exit, _, error) = await CliRun.RunAsync("sweep", file, "--out", embedded, "--quiet", "--parallel", "4", "--traces");
        Assert.True(exit == ExitCodes.Success, error);
        return (file, embedded);
    }

    /// <summary>The same tables, and every run once: one trace per run, each the embedded run's bytes.</summary>
    public static async Task AssertSameAsync(string embedded, string onCluster)
    {
        foreach (var table in new[] { "runs", "finals", "probabilities", "quantiles", "bands" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(embedded, $"{table}.csv")), await File.ReadAllBytesAsync(Path.Combine(onCluster, $"{table}.csv")));
        }

        Assert.Equal(Runs, Directory.GetFiles(Path.Combine(onCluster, "traces")).Length);
        foreach (var trace in Directory.GetFiles(Path.Combine(embedded, "traces")))
        {
            Assert.Equal(await File.ReadAllBytesAsync(trace), await File.ReadAllBytesAsync(Path.Combine(onCluster, "traces", Path.GetFileName(trace))));
        }
    }
}
