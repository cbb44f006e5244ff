using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Telemetry;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Diplomacy.Grains.Runs;

/// <summary>The run grain's own loop: round after round, each played in full, persisted, then published.</summary>
public sealed partial class RunGrain
{
    /// <summary>Tries at a round before the run fails; the back-off between them adds up to about 24 s, longer than a lost silo takes to be declared dead.</summary>
    public const int MaxAttempts = 10;

    private static readonly TimeSpan FirstBackOff = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(4);

    // Every actor must be restored at the current epoch before the next round is played.
    private bool _restore;

    // A round is being played: an intervention now waits for the round after it.
    private bool _roundInPlay;

    // The round being played was let through by a step, which its commit takes.
    private bool _usesStep;
    private InfluenceNetworks? _networks;

    // The plan the networks were built from: a lever that changes an actor's resolve or salience
    // changes the plan, and the networks are built again from the new one.
    private RunPlan? _networksPlan;
    private IReadOnlyList<(string Actor, string Issue)>? _stanceOrder;

    private async Task ConductAsync()
    {
        var plan = Run.Plan!;
        _stanceOrder ??= [.. plan.StanceOrder()];
        try
        {
            while (IsLive && Run.Summary is null)
            {
                var round = Run.CompletedRound + 1;
                await WaitForTurnAsync(round);
                _roundInPlay = true;

                // The plan as levers have left it (a resolve lever changes an actor's setup).
                var played = await PlayWithRetriesAsync(Run.Plan!, round);
                await CommitAsync(played);
            }

            if (Run.Status == RunStatus.Finished)
            {
                await RetireGrainsAsync(plan);
            }
        }
        catch (Exception) when (_stopping.IsCancellationRequested)
        {
            // Cancelled, retired or deactivated mid-round: whatever was persisted stands.
        }
        catch (RunTakenOverException e)
        {
            logger.LogWarning("run {Run}: {Message}; this activation gives up", this.GetPrimaryKeyString(), e.Message);
            DeactivateOnIdle();
        }
        catch (Exception e)
        {
            // Loudly: the client gets the failure, and no round after the last persisted one is ever published.
            logger.LogError(e, "run {Run} failed at round {Round}", this.GetPrimaryKeyString(), Run.CompletedRound + 1);
            Run.Status = RunStatus.Failed;
            Run.Failure = $"round {Run.CompletedRound + 1} could not be played and stored: {Causes(e)}";
            await TryWriteAsync();
        }
        finally
        {
            _runSpan?.Dispose();
            _runSpan = null;
            Signal();
        }
    }

    // Round 0 (the seeds) never waits; a paused run waits for a step, and every run waits while its
    // client has too many rounds still to fetch. The step a round uses is taken when the round is
    // committed, in the same write: a round replayed after a fault finds its step still owed.
    private async Task WaitForTurnAsync(int round)
    {
        while (true)
        {
            _stopping.Token.ThrowIfCancellationRequested();
            var mayPlay = round == 0 || !Run.Paused || Run.StepsOwed > 0;
            if (mayPlay && Run.Unfetched.Count < MaxUnfetchedRounds)
            {
                _usesStep = round > 0 && Run.Paused;
                return;
            }

            await WaitForChangeAsync(Timeout.InfiniteTimeSpan);
        }
    }

    private async Task<PlayedRound> PlayWithRetriesAsync(RunPlan plan, int round)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (_restore)
                {
                    await RestoreActorsAsync(plan);
                    _restore = false;
                }

                return await PlayAsync(plan, round);
            }
            catch (Exception e) when (attempt < MaxAttempts && !_stopping.IsCancellationRequested && e is not RunTakenOverException)
            {
                // A silo lost or paused, a call timed out, an actor lost its state or refused a stale
                // epoch: raise the epoch, restore every actor from the last complete round, play again.
                logger.LogWarning("run {Run}: round {Round}, attempt {Attempt} failed ({Error}: {Message}); replaying it", this.GetPrimaryKeyString(), round, attempt, e.GetType().Name, e.Message);
                await Task.Delay(BackOff(attempt), _stopping.Token);
                Run.Epoch++;
                await WriteAsync();
                _restore = true;
            }
        }
    }

    // The exception and its inner ones by type and message: the client may not know the types (a
    // storage provider's), and tells a lost Redis from other faults by their names.
    private static string Causes(Exception e)
    {
        var causes = new List<string>();
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
        {
            causes.Add($"{cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")}");
        }

        return string.Join(" <- ", causes);
    }

    private static TimeSpan BackOff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(FirstBackOff.Ticks << Math.Min(attempt - 1, 10), LongestBackOff.Ticks));

    // Every actor as it stood at the end of the last complete round (the seeds before round 0), at the current epoch.
    private Task RestoreActorsAsync(RunPlan plan)
    {
        var epoch = Run.Epoch;
        var standings = Run.CompletedRound >= 0
            ? Run.Actors.Select(a => a.Issues).ToList()
            : [.. plan.Actors.Select(a => (IReadOnlyList<IssuePosition>)[.. a.Stances.Select(s => new IssuePosition(s.Issue, s.Position, s.Position, s.Salience))])];
        return Task.WhenAll(plan.Actors.Select((actor, i) => Actor(actor.Actor).Restore(new ActorRestore(epoch, actor, standings[i]))));
    }

    private async Task<PlayedRound> PlayAsync(RunPlan plan, int round)
    {
        var epoch = Run.Epoch;
        var trace = new TraceRecorder(plan.Run, plan.Seed, Run.NextSeq);
        var book = RunBook.Of(Run);
        var interventions = Run.Interventions.ToList();
        if (round > 0)
        {
            using var span = RunSpans.StartRound(plan.Run, plan.Scenario, round, Run.RunSpan);
            var levers = new LeverPlayer(ActorGrains, plan, book, epoch, round, trace);
            var proposals = await levers.ApplyAsync(interventions);
            plan = levers.Plan;
            await new RoundConductor(GrainFactory, ActorGrains, this.GetPrimaryKeyString(), plan, book, NetworksFor(plan), epoch, round, trace).PlayAsync(proposals);
        }

        var actors = await Task.WhenAll(plan.Actors.Select(a => Actor(a.Actor).GetSnapshot(epoch)));
        var positions = PositionsOf(actors);
        trace.AfterStances = true;
        RunSummary? summary = null;
        if (round > 0)
        {
            var stop = new StopConditions(plan, _stanceOrder!, PositionsOf(Run.Actors), positions, book.Offers.Agreements).FirstMet();
            if (stop is not null)
            {
                trace.Emit(round, TraceEventType.Stop, reason: stop);
            }

            if (stop is not null || round == plan.Rounds)
            {
                // Talks still waiting for an answer are closed in the trace, so every offer's fate is on record.
                foreach (var talks in book.Offers.CloseAtRunEnd())
                {
                    trace.Emit(round, TraceEventType.Lapse, talks.Offerer, talks.Answerer, terms: talks.Terms.ToWire(), reason: new RunEndLapseReason(round, talks.Answerer, talks.Offerer));
                }

                summary = new RunSummary(round, stop, [.. book.Offers.Agreements.Select(a => a.ToWire())]);
            }
        }

        return new PlayedRound(new RoundRecord(round, trace.Events, positions, trace.Closing), trace.NextSeq, book, actors, summary, plan, round > 0 ? interventions.Count : 0);
    }

    // Persist, then publish: a round nobody has persisted is never seen.
    private async Task CommitAsync(PlayedRound played)
    {
        Run.CompletedRound = played.Record.Round;
        _roundInPlay = false;
        if (_usesStep && Run.StepsOwed > 0)
        {
            Run.StepsOwed--;
        }

        Run.NextSeq = played.NextSeq;
        Run.Actors = [.. played.Actors];
        played.Book.SaveTo(Run);
        Run.Plan = played.Plan;
        Run.Interventions.RemoveRange(0, played.Interventions);
        Run.Unfetched.Add(played.Record);
        if (played.Summary is not null)
        {
            Run.Summary = played.Summary;
            Run.Status = RunStatus.Finished;
        }

        await WriteAsync();
        Signal();
    }

    private InfluenceNetworks NetworksFor(RunPlan plan)
    {
        if (_networks is null || !ReferenceEquals(_networksPlan, plan))
        {
            _networks = new InfluenceNetworks(plan);
            _networksPlan = plan;
        }

        return _networks;
    }

    private double[] PositionsOf(IReadOnlyList<ActorSnapshot> actors) =>
        [.. actors.SelectMany(a => a.Issues.Select(i => i.Position))];

    // An ETag conflict means another activation has taken the run over: this one must stop at once.
    // Any other failure is retried a few times with the same state; if a write that seemed to fail
    // had in fact landed, the retry conflicts and this activation gives way to a fresh one.
    private async Task WriteAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteStateAsync();
                return;
            }
            catch (InconsistentStateException e)
            {
                throw new RunTakenOverException($"the stored run changed under this activation ({e.Message})", e);
            }
            catch (Exception e) when (attempt < 3 && !_stopping.IsCancellationRequested)
            {
                logger.LogWarning("run {Run}: writing its state failed ({Message}); trying again", this.GetPrimaryKeyString(), e.Message);
                await Task.Delay(BackOff(attempt + 2), _stopping.Token);
            }
        }
    }

    private async Task TryWriteAsync()
    {
        try
        {
            await WriteStateAsync();
        }
        catch (Exception e)
        {
            logger.LogError(e, "run {Run}: could not persist its failure", this.GetPrimaryKeyString());
        }
    }

    private IActorGrain Actor(string actor) => ActorGrains.Of(actor);

    /// <summary>A round played in full but not yet persisted.</summary>
    /// <param name="Plan">The plan after the round's levers.</param>
    /// <param name="Interventions">How many of the waiting interventions the round applied.</param>
    private sealed record PlayedRound(RoundRecord Record, long NextSeq, RunBook Book, IReadOnlyList<ActorSnapshot> Actors, RunSummary? Summary, RunPlan Plan, int Interventions);

    private sealed class RunTakenOverException(string message, Exception inner) : Exception(message, inner);
}
