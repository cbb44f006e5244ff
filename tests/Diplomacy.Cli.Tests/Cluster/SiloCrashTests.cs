using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Cli.Tests.Robustness;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>
/// Killing the silo that conducts a run loses nothing: the run resumes on a survivor from its last
/// complete round, and the trace has no event lost or doubled.
/// </summary>
[Collection(SiloCrashClusterCollection.Name)]
public sealed class SiloCrashTests(SiloCrashClusterFixture fixture) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_silo_conducting_a_run_killed_mid_run_the_run_finishes_on_a_survivor_with_the_approved_bytes()
    {
        var scenario = ScenarioLoader.Load(CliRun.ShippedScenario("talks-as-announced.yaml"));

        // A third silo joins so that killing one still leaves two; the client talks to the first only.
        await fixture.StartSiloAsync();
        var clientSilo = fixture.Silos[0];
        await using var client = await SingleGatewayClient.ConnectAsync(fixture.Cluster, clientSilo);
        var (run, host) = await ClusterRuns.SubmitAwayFromAsync(new ScenarioRunner(client.Client), scenario, notOn: clientSilo);
        var victim = fixture.Silos.Single(s => s.Process.Id == host);

        // Three rounds complete and are persisted; then the run is resumed (which is stored before it is
    // acknowledged) and its silo dies under it at once.
        var roundThree = new RoundReached(3);
        var folder = _temp.Sub("cluster");
        var following = ClusterRuns.FollowToFolderAsync(run, scenario, folder, roundThree);
        for (var step = 0; step < 3; step++)
        {
            await run.StepAsync();
        }

        // Guards, not timings: a run that forgot it was resumed waited for a step for ever.
        await roundThree.Reached.WaitAsync(CliProcess.Guard);
        await run.ResumeAsync();
        victim.Process.Kill();
        var result = await following.WaitAsync(CliProcess.Guard);

        // The run's silo is gone, so its last rounds were conducted on a survivor.
        Assert.True(victim.Process.HasExited);
        Assert.Equal(scenario.Rounds, result.RoundsRun);
        await ApprovedTraces.AssertApprovedAsync(folder, "talks-as-announced", scenario.Seed);
    }

    /// <summary>Completes when the stances after a given round arrive.</summary>
    private sealed class RoundReached(int round) : ITraceSink
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reached => _reached.Task;

        public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
        {
            if (rows.Count > 0 && rows[0].Round >= round)
            {
                _reached.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }
    }
}
