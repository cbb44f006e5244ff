using Diplomacy.Contracts;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests;

/// <summary>The run grain: stepping and pausing, cancelling, and replaying a round a fault broke, without changing the trace.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class RunGrainTests(OneSiloCluster fixture)
{
    [Fact]
    public async Task A_stepped_run_plays_one_round_per_step_and_plays_through_once_resumed()
    {
        var (run, grain) = await SubmitSteppedAsync();
        var rounds = new Rounds(grain);

        var seeds = await rounds.UntilAsync(0);
        Assert.Equal(RunStatus.Paused, seeds.Status);
        await grain.Step();
        Assert.Equal(RunStatus.Paused, (await rounds.UntilAsync(1)).Status);

        // Nothing more is played without a step: a poll comes back empty-handed.
        var idle = await grain.NextRounds(1);
        Assert.Empty(idle.Rounds);
        Assert.Equal(RunStatus.Paused, idle.Status);

        await grain.Resume();
        var end = await rounds.UntilAsync(run.Plan.Rounds);
        Assert.Equal(RunStatus.Finished, end.Status);
        Assert.Equal(await OrdinaryTraceAsync(), rounds.TraceLines);
        await grain.Retire();
    }

    [Fact]
    public async Task An_actor_that_loses_its_state_mid_run_makes_the_run_replay_the_round_and_the_trace_does_not_change()
    {
        var (run, grain) = await SubmitSteppedAsync();
        var rounds = new Rounds(grain);
        await grain.Step();
        await rounds.UntilAsync(1);

        // What a silo lost under an actor's grain leaves behind: a grain with no state for the run.
        await fixture.Client.GetGrain<IActorGrain>(GrainKeys.Actor(run.RunKey, "putin")).Retire();
        await grain.Resume();
        await rounds.UntilAsync(run.Plan.Rounds);

        Assert.Equal(await OrdinaryTraceAsync(), rounds.TraceLines);
        Assert.Equal(await OrdinaryPositionsAsync(), rounds.Positions);
        await grain.Retire();
    }

    [Fact]
    public async Task A_cancelled_run_stops_and_forgets_the_run()
    {
        var (_, grain) = await SubmitSteppedAsync();
        await new Rounds(grain).UntilAsync(0);

        await grain.Cancel();

        await AssertForgottenAsync(grain);
    }

    [Fact]
    public async Task Cancelling_the_token_while_following_cancels_the_run()
    {
        var run = await new ScenarioRunner(fixture.Client).SubmitAsync(RunPlanner.Plan(TestScenarios.Baseline(), new RunOptions(), stepped: true));
        using var cancel = new CancellationTokenSource();
        var sink = new CancelAfterSeeds(cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.FollowAsync(sink, cancel.Token));

        await AssertForgottenAsync(fixture.Client.GetGrain<IRunGrain>(run.RunKey));
    }

    [Fact]
    public async Task The_run_says_which_silo_and_process_conduct_it()
    {
        var (run, grain) = await SubmitSteppedAsync();

        var host = await run.HostAsync();

        Assert.Equal(Environment.ProcessId, host.ProcessId);
        Assert.Contains(fixture.Cluster.Silos, s => s.SiloAddress.ToString() == host.Silo);
        await grain.Cancel();
    }

    // A cancelled run says so until it has let everything go, then it is no more.
    private static async Task AssertForgottenAsync(IRunGrain grain)
    {
        for (var poll = 0; poll < 50; poll++)
        {
            try
            {
                Assert.Equal(RunStatus.Cancelled, (await grain.NextRounds(0)).Status);
                await Task.Delay(100);
            }
            catch (InvalidOperationException)
            {
                return;
            }
        }

        Assert.Fail("the cancelled run was never forgotten");
    }

    private async Task<(ConductedRun Run, IRunGrain Grain)> SubmitSteppedAsync()
    {
        var run = await new ScenarioRunner(fixture.Client).SubmitAsync(RunPlanner.Plan(TestScenarios.Baseline(), new RunOptions(), stepped: true));
        return (run, fixture.Client.GetGrain<IRunGrain>(run.RunKey));
    }

    private async Task<List<string>> OrdinaryTraceAsync()
    {
        var sink = new RecordingSink();
        await new ScenarioRunner(fixture.Client).RunAsync(TestScenarios.Baseline(), new RunOptions(), sink);
        return [.. sink.Events.Select(TraceJson.ToLine)];
    }

    private async Task<List<double>> OrdinaryPositionsAsync()
    {
        var sink = new RecordingSink();
        await new ScenarioRunner(fixture.Client).RunAsync(TestScenarios.Baseline(), new RunOptions(), sink);
        return [.. sink.Stances.Select(s => s.Position)];
    }

    /// <summary>Polls a run grain for its rounds, in order, as a client does.</summary>
    private sealed class Rounds(IRunGrain grain)
    {
        private int _after = -1;

        public List<string> TraceLines { get; } = [];

        public List<double> Positions { get; } = [];

        public async Task<RunProgress> UntilAsync(int round)
        {
            for (var poll = 0; poll < 120; poll++)
            {
                var progress = await grain.NextRounds(_after);
                foreach (var record in progress.Rounds)
                {
                    TraceLines.AddRange(record.Events.Concat(record.Closing).Select(TraceJson.ToLine));
                    Positions.AddRange(record.Positions);
                    _after = record.Round;
                }

                if (_after >= round)
                {
                    return progress;
                }
            }

            throw new TimeoutException($"round {round} did not come");
        }
    }

    private sealed class CancelAfterSeeds(CancellationTokenSource cancel) : Diplomacy.Runtime.Results.ITraceSink
    {
        public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask WriteStancesAsync(IReadOnlyList<Diplomacy.Runtime.Results.StanceRow> rows, CancellationToken cancellationToken)
        {
            cancel.Cancel();
            return ValueTask.CompletedTask;
        }
    }
}
