using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Telemetry;
using Diplomacy.Model.Negotiation;
using Diplomacy.Model.Stances;

namespace Diplomacy.Grains.Actors;

/// <summary>
/// One actor of a run: a state, an organisation or a leader (its kind is in its setup; they behave
/// alike). It keeps its stances in memory — the run grain persists them at every round boundary and
/// restores them after a fault — and acts on its own: it puts proposals to other actors' grains and
/// commits to what they accept, answers proposals through its answer policy, and chooses its own
/// forum moves. Every number comes from the model.
/// </summary>
public sealed class ActorGrain : Grain, IActorGrain
{
    private ActorSetup? _setup;
    private List<IssueStanding> _issues = [];
    private IAnswerPolicy _policy = ModelAnswerPolicy.Instance;

    // The run's epoch this grain was last restored at; 0 until it is set up, and again after it is
    // lost with its silo, so that any order then is refused and the run restores it.
    private long _epoch;
    private ActorGrains? _actorGrains;

    private ActorSetup Setup => _setup ?? throw new InvalidOperationException("the actor is not set up");

    private string Actor => Setup.Actor;

    public Task Restore(ActorRestore restore)
    {
        if (restore.Epoch < _epoch)
        {
            throw new EpochRefusedException($"actor '{restore.Setup.Actor}' is at epoch {_epoch}; a restore from epoch {restore.Epoch} is refused");
        }

        _setup = restore.Setup;
        _issues = [.. restore.Issues.Select(i => i.ToModel())];
        _policy = AnswerPolicies.For(restore.Setup, RunKey, ServiceProvider);
        _epoch = restore.Epoch;
        return Task.CompletedTask;
    }

    public Task<ActorSnapshot> GetSnapshot(long epoch)
    {
        Fence(epoch);
        return Task.FromResult(Snapshot());
    }

    public Task<ShockResult> Shock(ShockOrder order)
    {
        Fence(order.Epoch);
        var index = IndexOf(order.Issue);
        var before = _issues[index];
        var shocked = before.Shocked(order.Set, order.Shift, Setup.Find(order.Issue)?.RedLine(), order.BreaksRedLine);
        _issues[index] = shocked.Standing;
        var change = new PositionChange(Actor, order.Issue, before.Position, shocked.Standing.Position);
        return Task.FromResult(new ShockResult(change, shocked.Outcome.Requested, shocked.Outcome.Effect.ToWire()));
    }

    public async Task<ExchangeOutcome> Propose(ProposeOrder order)
    {
        Fence(order.Epoch);
        var proposal = new Proposal(Actor, order.To, order.Round, order.Terms);
        var runId = GrainKeys.RunIdOf(RunKey);
        using var proposalSpan = RunSpans.StartProposal(runId, order.Round, Actor, order.To, order.Terms.Select(t => t.Issue));
        ReceivedAnswer received;
        using (var answerSpan = RunSpans.StartAnswer(runId, order.Round, order.To, Actor))
        {
            _actorGrains ??= new ActorGrains(GrainFactory, RunKey);
            received = await _actorGrains.Of(order.To).Receive(new ProposalDelivery(order.Epoch, proposal));
            RunSpans.RecordAnswer(answerSpan, TraceNames.Of(received.Answer.Decision), received.Answer.Utility);
        }

        // The recipient has committed its side if it accepted; the proposer commits its own.
        var own = received.Answer.Decision == Contracts.Messages.Decision.Accept ? CommitTo(order.Terms) : [];
        return new ExchangeOutcome(received.Answer, own, received.Committed);
    }

    public async Task<ReceivedAnswer> Receive(ProposalDelivery delivery)
    {
        Fence(delivery.Epoch);
        var proposal = delivery.Proposal;
        var judgement = ProposalJudge.Judge(HeldIssues(), proposal.Terms.ToModel(), proposal.Round, new ConcessionPace(Setup.Beta, Setup.Deadline));
        var request = new AnswerRequest(proposal, judgement.Utility, judgement.Aspiration, Setup.Stances, [.. _issues.Select(i => i.ToWire())], judgement.ToAnswer(Actor));
        var answer = await _policy.AnswerAsync(request);

        // A policy may take its time; the run may have moved on to a new epoch meanwhile.
        Fence(delivery.Epoch);
        if (answer.Decision is not (Contracts.Messages.Decision.Accept or Contracts.Messages.Decision.Reject or Contracts.Messages.Decision.Counter))
        {
            throw new InvalidOperationException($"{Actor}'s answer policy answered '{answer.Decision}'; an answer accepts, rejects or counters");
        }

        var committed = answer.Decision == Contracts.Messages.Decision.Accept ? CommitTo(proposal.Terms) : [];
        return new ReceivedAnswer(answer, committed);
    }

    public Task<MoveChoice> ChooseMove(SeatRound seat)
    {
        Fence(seat.Epoch);
        var round = seat.Round;
        if (round.Actors[seat.Seat] != Actor)
        {
            throw new ArgumentException($"seat {seat.Seat} of the round is '{round.Actors[seat.Seat]}', not '{Actor}'", nameof(seat));
        }

        var view = new Model.ExpectedUtility.BdmSeatRound(
            seat.Seat, round.Positions, round.Saliences, round.Slots, round.Range, round.Variant.ToModel(), round.Exponents[seat.Seat], round.CanMove, seat.Outward, seat.Inward);
        var stance = Setup.Find(round.Issue);
        var resolve = Setup.ResolveBounded ? stance?.Resolve : null;
        var held = ForumMoveRule.Choose(view, RedLineOn(round.Issue), resolve);
        var move = held.Move;
        return Task.FromResult(new MoveChoice(
            move.Kind.ToWire(),
            move.Target,
            move.Candidate,
            double.IsNaN(move.EuChallenge) ? null : move.EuChallenge,
            double.IsNaN(move.EuChallenged) ? null : move.EuChallenged,
            held.BeyondRedLine,
            held.Resolve?.ModelCandidate,
            held.Resolve?.MaxStep));
    }

    public Task<IReadOnlyList<PositionChange>> MoveTo(PositionOrder order)
    {
        Fence(order.Epoch);
        var changes = new List<PositionChange>();
        foreach (var term in order.Positions)
        {
            var index = _issues.FindIndex(i => i.Issue == term.Issue);
            if (index < 0)
            {
                continue;
            }

            var before = _issues[index];
            _issues[index] = order.MovesAnchor ? before.CommittedTo(term.Position) : before.PulledTo(term.Position);
            changes.Add(new PositionChange(Actor, term.Issue, before.Position, term.Position));
        }

        return Task.FromResult<IReadOnlyList<PositionChange>>(changes);
    }

    public Task Retire()
    {
        _setup = null;
        _issues = [];
        _epoch = 0;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private string RunKey => GrainKeys.RunKeyOfActor(this.GetPrimaryKeyString(), Actor);

    // Agreed terms are the actor's own decision: position and anchor move; terms on issues it holds no stance on pass it by.
    private List<PositionChange> CommitTo(IReadOnlyList<TermValue> terms)
    {
        var changes = new List<PositionChange>();
        foreach (var term in terms)
        {
            var index = _issues.FindIndex(i => i.Issue == term.Issue);
            if (index >= 0)
            {
                var before = _issues[index];
                _issues[index] = before.CommittedTo(term.Position);
                changes.Add(new PositionChange(Actor, term.Issue, before.Position, term.Position));
            }
        }

        return changes;
    }

    private List<HeldIssue> HeldIssues() =>
        [.. _issues
            .Select(i => (Standing: i, Stance: Setup.Find(i.Issue)))
            .Where(x => x.Stance is not null)
            .Select(x => new HeldIssue(x.Standing.Issue, x.Standing.Position, x.Standing.Salience, x.Stance!.Resolve, x.Standing.Binding(x.Stance.RedLine())))];

    // The seeded red line on the issue while it binds; null once an outside event broke it.
    private Model.World.RedLine? RedLineOn(string issue) =>
        _issues.Find(i => i.Issue == issue) is { } standing ? standing.Binding(Setup.Find(issue)?.RedLine()) : Setup.Find(issue)?.RedLine();

    private ActorSnapshot Snapshot() => new(Actor, Setup.Capability, Setup.Susceptibility, [.. _issues.Select(i => i.ToWire())]);

    private int IndexOf(string issue)
    {
        var index = _issues.FindIndex(i => i.Issue == issue);
        return index >= 0 ? index : throw new ArgumentException($"actor '{Actor}' holds no stance on issue '{issue}'", nameof(issue));
    }

    // An order from an older epoch comes from a conductor that has been replaced; one reaching a
    // grain with no state means the grain was lost with its silo. Either way the run must restore.
    private void Fence(long epoch)
    {
        if (_epoch == 0)
        {
            throw new EpochRefusedException($"actor grain '{this.GetPrimaryKeyString()}' has no state for the run (re-activated after a silo was lost?)");
        }

        if (epoch != _epoch)
        {
            throw new EpochRefusedException($"actor '{Actor}' is at epoch {_epoch}; an order from epoch {epoch} is refused");
        }
    }
}
