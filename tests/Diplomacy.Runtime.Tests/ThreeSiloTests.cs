using Diplomacy.Runtime.Hosting;
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
}
