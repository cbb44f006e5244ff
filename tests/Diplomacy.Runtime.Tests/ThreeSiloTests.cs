using System.Security.Cryptography;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests;

[Collection(ThreeSiloCollection.Name)]
public sealed class ThreeSiloTests(ThreeSiloCluster fixture) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_run_on_three_silos_is_byte_identical_to_a_run_on_the_embedded_silo()
    {
        Assert.Equal(3, fixture.Cluster.Silos.Count);
        var spread = await RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(), _temp.Sub("three"));

        RunFiles alone;
        await using (var silo = await EmbeddedSilo.StartAsync())
        {
            alone = await RunFiles.RunAsync(silo.Client, TestScenarios.Baseline(), _temp.Sub("one"));
        }

        Assert.Equal(alone.Trace, spread.Trace);
        Assert.Equal(alone.Stances, spread.Stances);
    }

    [Fact]
    public async Task Every_shipped_scenario_gives_its_approved_bytes_on_three_silos_with_runs_side_by_side()
    {
        var approved = ShippedScenarios.ApprovedHashes();
        var runs = ShippedScenarios.All().SelectMany(scenario => ShippedScenarios.Seeds.Select(seed => (Scenario: scenario, Seed: seed))).ToList();

        // All at once, so that the run grains and their actors spread over the silos.
        var files = await Task.WhenAll(runs.Select(r => RunFiles.RunAsync(fixture.Client, r.Scenario, _temp.Sub($"{r.Scenario.Name}-{r.Seed}"), new RunOptions(Seed: r.Seed))));

        Assert.Equal(runs.Count, files.Length);
        foreach (var ((scenario, seed), run) in runs.Zip(files))
        {
            Assert.Equal(approved[$"{scenario.Name}-{seed}/trace.jsonl"], Hash(run.Trace));
            Assert.Equal(approved[$"{scenario.Name}-{seed}/stances.csv"], Hash(run.Stances));
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
