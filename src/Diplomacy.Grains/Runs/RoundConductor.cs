using Diplomacy.Contracts;
using Diplomacy.Contracts.Interventions;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Telemetry;
using Diplomacy.Model.Influence;
using Diplomacy.Model.Negotiation;
using Decision = Diplomacy.Contracts.Messages.Decision;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// Plays one round of a run and decides only order: counter-offers owed from the last round first,
/// then the proposals students made in class, then the round's events in file order (one handler
/// per kind), then influence. (The teacher's levers come before all of it: <see cref="LeverPlayer"/>.) The actors and
/// forums do the rest in their own grains; every number comes from the model. Concurrency comes from
/// fanning out within a step and gathering by index, so nothing depends on timing or on the number
/// of silos. Each trace event gets the next sequence number as it is produced.
/// </summary>
internal sealed class RoundConductor(
    IGrainFactory grains,
    ActorGrains actors,
    string runKey,
    RunPlan plan,
    RunBook book,
    InfluenceNetworks networks,
    long epoch,
    int round,
    TraceRecorder trace) : IPlannedEventHandler<Task>
{
    // The index in the plan of the event being handled: talks it opens carry it, so that every
    // answer, agreement and lapse they lead to carries the provenance of the proposal behind them.
    private int _origin = -1;

    public async Task PlayAsync(IReadOnlyList<PersonProposal> proposals)
    {
        foreach (var talks in book.Offers.TakeOwed())
        {
            await ContinueTalksAsync(talks);
        }

        // A proposal made in class rests on no event of the scenario: it has no provenance.
        foreach (var proposal in proposals)
        {
            await ProposeAsync(proposal.From, proposal.To, proposal.Terms, new PersonProposalReason(proposal.Student), null, -1);
        }

        for (var index = 0; index < plan.Events.Count; index++)
        {
            if (plan.Events[index].Round == round)
            {
                _origin = index;
                await plan.Events[index].Accept(this);
            }
        }

        if (plan.Models.Influence)
        {
            for (var pass = 1; pass <= plan.Models.InfluenceSteps; pass++)
            {
                await InfluenceAsync();
            }
        }
    }

    public async Task Shock(PlannedShock shock)
    {
        var result = await Actor(shock.Actor).Shock(new ShockOrder(epoch, shock.Issue, shock.Set, shock.Shift, shock.BreaksRedLine));
        var line = plan.FindActor(shock.Actor)?.Find(shock.Issue)?.RedLine();
        var atLine = result.Effect == ShockEffect.Inside || line is null
            ? null
            : new ShockAtRedLine(line.Minimum, line.Maximum, result.Effect == ShockEffect.BrokeRedLine, result.Requested);
        var change = result.Change;
        trace.Emit(round, TraceEventType.Shock, to: shock.Actor, issue: shock.Issue, before: change.Before, after: change.After, reason: new ShockReason(shock.Set, shock.Shift, atLine), basis: shock.Basis);
    }

    public Task Exclude(PlannedExclusion exclusion)
    {
        foreach (var actor in exclusion.Actors)
        {
            var change = book.Offers.Exclude(actor) ? SeatingChange.Excluded : SeatingChange.AlreadyExcluded;
            trace.Emit(round, TraceEventType.Exclude, to: actor, reason: new SeatingReason(change), basis: exclusion.Basis);
        }

        return Task.CompletedTask;
    }

    public Task Include(PlannedInclusion inclusion)
    {
        foreach (var actor in inclusion.Actors)
        {
            var change = book.Offers.Include(actor) ? SeatingChange.Included : SeatingChange.WasNotExcluded;
            trace.Emit(round, TraceEventType.Include, to: actor, reason: new SeatingReason(change), basis: inclusion.Basis);
        }

        return Task.CompletedTask;
    }

    public Task Propose(PlannedProposal proposal) =>
        ProposeAsync(proposal.From, proposal.To, proposal.Terms, null, proposal.Basis, _origin);

    public async Task Sit(PlannedForum forum)
    {
        var members = forum.Members.Where(m => !book.Offers.IsExcluded(m)).ToList();
        var sitting = new ForumSitting(epoch, round, plan.Models.ExpectedUtility, members, forum.Issues, book.RangesOf(forum.Name));
        var outcome = await grains.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, forum.Name)).Sit(sitting);
        book.SetRanges(forum.Name, outcome.Ranges);
        foreach (var move in outcome.Moves)
        {
            var reason = new ForumMoveReason(
                forum.Name,
                move.Kind,
                move.Actor,
                move.Towards,
                move.ExpectedUtilityOfChallenging,
                move.ExpectedUtilityOfBeingChallenged,
                move.RiskExponent,
                Hold(move.Actor, move.Issue, move.BeyondRedLine),
                ResolveHoldOf(move));
            trace.Emit(round, TraceEventType.Move, move.Actor, move.Towards, move.Issue, utility: move.ExpectedUtilityOfBeingChallenged, before: move.Before, after: move.After, reason: reason, basis: forum.Basis);
        }
    }

    private async Task ProposeAsync(string from, string to, IReadOnlyList<TermValue> terms, TraceReason? reason, EventProvenance? basis, int origin)
    {
        if (book.Offers.ExcludedParty(from, to) is { } excluded)
        {
            trace.Emit(round, TraceEventType.Proposal, from, to, terms: terms, decision: Decision.Undelivered, reason: new UndeliveredReason(excluded), basis: basis);
            return;
        }

        trace.Emit(round, TraceEventType.Proposal, from, to, terms: terms, reason: reason, basis: basis);
        await ExchangeAsync(from, to, terms, origin);
    }

    private async Task ContinueTalksAsync(OpenTalks talks)
    {
        var terms = talks.Terms.ToWire();
        if (book.Offers.ExcludedParty(talks.Offerer, talks.Answerer) is { } excluded)
        {
            trace.Emit(round, TraceEventType.Lapse, talks.Offerer, talks.Answerer, terms: terms, reason: new ExcludedLapseReason(excluded, talks.Offerer), basis: BasisOf(talks.Origin));
            return;
        }

        await ExchangeAsync(talks.Offerer, talks.Answerer, terms, talks.Origin);
    }

    // The offerer's grain puts the terms to the answerer's grain. Acceptance commits both sides,
    // rejection ends the talks, and a counter-offer goes back to the offerer to answer next round —
    // unless that round is past the concession deadline, when the talks lapse.
    private async Task ExchangeAsync(string offerer, string answerer, IReadOnlyList<TermValue> terms, int origin)
    {
        var basis = BasisOf(origin);
        var outcome = await Actor(offerer).Propose(new ProposeOrder(epoch, round, answerer, terms));
        var answer = outcome.Answer;
        var counter = answer.Decision == Decision.Counter;
        trace.Emit(round, TraceEventType.Answer, answerer, offerer, terms: counter ? answer.CounterTerms : terms, decision: answer.Decision, utility: answer.Utility, reason: answer.Reason, basis: basis);
        var step = book.Offers.Answered(round, offerer, answerer, terms.ToModel(), answer.Decision.ToModel(), answer.CounterTerms.ToModel(), origin);
        switch (step)
        {
            case ExchangeStep.Agreed:
                EmitAgreement(offerer, answerer, terms, outcome, basis);
                break;
            case ExchangeStep.Lapsed:
                trace.Emit(round, TraceEventType.Lapse, answerer, offerer, terms: answer.CounterTerms, reason: new DeadlineLapseReason(offerer, round + 1, book.Offers.Deadline), basis: basis);
                break;
            case ExchangeStep.Ended:
            case ExchangeStep.CounterOpened:
                break;
            default:
                throw new InvalidOperationException($"unknown exchange step {step}");
        }
    }

    // Term by term, each party's own change (none when it holds no stance on the term's issue).
    private void EmitAgreement(string offerer, string accepter, IReadOnlyList<TermValue> terms, ExchangeOutcome outcome, EventProvenance? basis)
    {
        var reason = new AgreementReason(accepter, offerer);
        foreach (var term in terms)
        {
            foreach (var (party, other, changes) in new[] { (offerer, accepter, outcome.ProposerChanges), (accepter, offerer, outcome.RecipientChanges) })
            {
                var change = changes.FirstOrDefault(c => c.Issue == term.Issue);
                trace.Emit(round, TraceEventType.Agreement, party, other, term.Issue, terms, before: change?.Before, after: change?.After, reason: reason, basis: basis);
            }
        }
    }

    private async Task InfluenceAsync()
    {
        var snapshots = await Task.WhenAll(plan.Actors.Select(a => Actor(a.Actor).GetSnapshot(epoch)));
        var targets = plan.Actors.Select(_ => new List<TermValue>()).ToArray();
        var pulls = new List<(string Issue, int Actor, string? Loudest, InfluenceReason Reason)>();
        foreach (var issue in plan.Issues)
        {
            var network = networks.On(issue);
            var holders = network.Holders;
            var stances = holders.Select(h => snapshots[h].Find(issue)!).ToList();
            // A red line an outside event broke binds the actor no more.
            var redLines = holders.Select((_, i) => stances[i].RedLineBroken ? null : network.RedLineOf(i)).ToList();
            foreach (var pull in InfluenceStep.Pull(network.Network, [.. stances.Select(s => s.Position)], [.. stances.Select(s => s.Anchor)], redLines))
            {
                var actor = holders[pull.Holder];
                var held = pull.BeyondRedLine is { } beyond ? new RedLineHold(redLines[pull.Holder]!.Minimum, redLines[pull.Holder]!.Maximum, beyond) : null;
                var reason = new InfluenceReason(network.SpeakersOf(pull.Holder), network.SusceptibilityOf(pull.Holder), held);
                targets[actor].Add(new TermValue(issue, pull.After));
                pulls.Add((issue, actor, pull.Speakers.FirstOrDefault()?.Actor, reason));
            }
        }

        var changes = await Task.WhenAll(plan.Actors.Select((a, i) => targets[i].Count == 0
            ? Task.FromResult<IReadOnlyList<PositionChange>>([])
            : Actor(a.Actor).MoveTo(new PositionOrder(epoch, targets[i], MovesAnchor: false))));
        foreach (var (issue, actor, loudest, reason) in pulls)
        {
            var change = changes[actor].First(c => c.Issue == issue);
            trace.Emit(round, TraceEventType.Influence, loudest, plan.Actors[actor].Actor, issue, before: change.Before, after: change.After, reason: reason);
        }
    }

    private RedLineHold? Hold(string actor, string issue, double? beyond) =>
        beyond is { } position && plan.FindActor(actor)?.Find(issue)?.RedLine() is { } line
            ? new RedLineHold(line.Minimum, line.Maximum, position)
            : null;

    private ResolveHold? ResolveHoldOf(ForumMove move) =>
        move.HeldByResolve is { } wanted && move.MaxStep is { } step && plan.FindActor(move.Actor)?.Find(move.Issue) is { } stance
            ? new ResolveHold(step, stance.Resolve, stance.Salience, wanted)
            : null;

    private EventProvenance? BasisOf(int origin) => origin >= 0 ? plan.Events[origin].Basis : null;

    private IActorGrain Actor(string actor) => actors.Of(actor);
}
