using Diplomacy.Grains;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Diplomacy.Runtime.Tests.Hosting;

/// <summary>The silo's own state store: nothing of a finished run stays behind, and a stale write is refused.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class InMemoryRunStorageTests(OneSiloCluster fixture)
{
    private IServiceProvider Silo => fixture.Cluster.Silos[0].ServiceProvider;

    [Fact]
    public async Task Finished_runs_leave_no_state_behind_in_the_silo()
    {
        var storage = Assert.IsType<InMemoryRunStorage>(Silo.GetRequiredKeyedService<IGrainStorage>(RunStorage.Name));
        var runner = new ScenarioRunner(fixture.Client);

        await Task.WhenAll(Enumerable.Range(1, 3).Select(seed => runner.RunAsync(TestScenarios.Baseline(seed: seed), new RunOptions(), new RecordingSink())));

        Assert.Equal(0, storage.Count);
    }

    [Fact]
    public async Task A_write_or_clear_with_a_stale_etag_is_refused_and_reads_get_a_copy()
    {
        var storage = new InMemoryRunStorage(Silo.GetRequiredService<DeepCopier>());
        var grain = GrainId.Create("test", "storage");
        var first = new GrainState<List<string>>(["a"]);
        await storage.WriteStateAsync("state", grain, first);
        var stale = new GrainState<List<string>>(["b"]) { ETag = "0" };

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("state", grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("state", grain, stale));

        first.State!.Add("not written");
        var read = new GrainState<List<string>>([]);
        await storage.ReadStateAsync("state", grain, read);
        Assert.Equal(["a"], read.State);
        Assert.Equal((first.ETag, true), (read.ETag, read.RecordExists));

        await storage.ClearStateAsync("state", grain, read);
        Assert.Equal((0, null, false), (storage.Count, read.ETag, read.RecordExists));
    }
}
