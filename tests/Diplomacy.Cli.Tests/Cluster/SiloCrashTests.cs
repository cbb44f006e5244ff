using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>A crashed silo loses no run: grains come back on a survivor from Redis and the runner's retried calls apply once.</summary>
[Collection(SiloCrashClusterCollection.Name)]
public sealed class SiloCrashTests(SiloCrashClusterFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_silo_killed_mid_run_loses_nothing_the_run_finishes_with_the_same_bytes()
    {
        var scenario = ScenarioLoader.Load(CliRun.ShippedScenario("talks-as-announced.yaml"));
        var embedded = _temp.Sub("embedded");
        await using (var silo = await EmbeddedSilo.StartAsync())
        {
            await new ScenarioRunner(silo.Client).RunToFolderAsync(scenario, new RunOptions(null, null), embedded);
        }

        // A third silo joins so that killing one still leaves two.
        var victim = await fixture.StartSiloAsync();
        var onCluster = _temp.Sub("cluster");
        await using (var client = await RemoteCluster.ConnectAsync(fixture.Cluster))
        {
            var killer = new KillAtRound(victim, round: 3);
            await new ScenarioRunner(client.Client).RunToFolderAsync(scenario, new RunOptions(null, null), onCluster, killer);
            Assert.True(killer.Killed, "the silo should have been killed during the run");
        }

        RunFolders.AssertSameBytes(embedded, onCluster);
    }

    /// <summary>Kills a silo process the first time the run reaches a given round: a crash mid-run.</summary>
    private sealed class KillAtRound(ChildProcess victim, int round) : ITraceSink
    {
        public bool Killed { get; private set; }

        public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
        {
            if (!Killed && traceEvent.Round >= round)
            {
                victim.Kill();
                Killed = true;
            }

            return ValueTask.CompletedTask;
        }
    }
}
