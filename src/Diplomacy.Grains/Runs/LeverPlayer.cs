using Diplomacy.Contracts;
using Diplomacy.Contracts.Interventions;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// Applies the teacher's levers at the start of a round, in the order they were pulled, each into
/// the trace as a <c>lever</c> event; students' proposals are handed on for the conductor to make.
/// A position is set as an outside event sets it (it becomes the actor's own; it stops at the
/// actor's red line); salience and resolve are changed in the actor's setup, which the run keeps in
/// its plan from then on (so a round replayed after a fault sees the same actor, and the influence
/// networks, which read them, are built again), and salience in the actor's standing too.
/// </summary>
internal sealed class LeverPlayer(
    ActorGrains actors,
    RunPlan plan,
    RunBook book,
    long epoch,
    int round,
    TraceRecorder trace) : IInterventionHandler<Task>
{
    private readonly List<PersonProposal> _proposals = [];

    /// <summary>The plan after the levers (an actor's resolve may have changed).</summary>
    public RunPlan Plan { get; private set; } = plan;

    /// <returns>The students' proposals among <paramref name="interventions"/>, in order.</returns>
    public async Task<IReadOnlyList<PersonProposal>> ApplyAsync(IReadOnlyList<Intervention> interventions)
    {
        foreach (var intervention in interventions)
        {
            await intervention.Accept(this);
        }

        return _proposals;
    }

    public async Task Stance(StanceLever lever)
    {
        var actor = Actor(lever.Actor);
        switch (lever.Aspect)
        {
            case StanceAspect.Position:
                var change = (await actor.Shock(new ShockOrder(epoch, lever.Issue, lever.Value, null))).Change;
                Emit(lever.Actor, lever.Issue, change, new StanceLeverReason(lever.Aspect, change.Before, change.After));
                return;
            case StanceAspect.Salience:
                var snapshot = await actor.GetSnapshot(epoch);
                var was = snapshot.Find(lever.Issue)!.Salience;
                var issues = snapshot.Issues.Select(i => i.Issue == lever.Issue ? i with { Salience = lever.Value } : i).ToList();
                await actor.Restore(new ActorRestore(epoch, Change(lever.Actor, lever.Issue, s => s with { Salience = lever.Value }), issues));
                Emit(lever.Actor, lever.Issue, null, new StanceLeverReason(lever.Aspect, was, lever.Value));
                return;
            case StanceAspect.Resolve:
                var held = Plan.FindActor(lever.Actor)!.Find(lever.Issue)!.Resolve;
                var standing = await actor.GetSnapshot(epoch);
                await actor.Restore(new ActorRestore(epoch, Change(lever.Actor, lever.Issue, s => s with { Resolve = lever.Value }), standing.Issues));
                Emit(lever.Actor, lever.Issue, null, new StanceLeverReason(lever.Aspect, held, lever.Value));
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(lever), lever.Aspect, "not a part of a stance");
        }
    }

    public async Task Shock(ShockLever lever)
    {
        var change = (await Actor(lever.Actor).Shock(new ShockOrder(epoch, lever.Issue, null, lever.Shift))).Change;
        Emit(lever.Actor, lever.Issue, change, new ShockLeverReason(lever.Shift));
    }

    public Task Seating(SeatingLever lever)
    {
        var change = lever.Included
            ? book.Offers.Include(lever.Actor) ? SeatingChange.Included : SeatingChange.WasNotExcluded
            : book.Offers.Exclude(lever.Actor) ? SeatingChange.Excluded : SeatingChange.AlreadyExcluded;
        Emit(lever.Actor, null, null, new SeatingLeverReason(change));
        return Task.CompletedTask;
    }

    public Task Propose(PersonProposal proposal)
    {
        _proposals.Add(proposal);
        return Task.CompletedTask;
    }

    // The actor's setup with one stance changed, kept in the plan from now on.
    private ActorSetup Change(string actor, string issue, Func<IssueStance, IssueStance> change)
    {
        var setup = Plan.FindActor(actor)!;
        var changed = setup with { Stances = [.. setup.Stances.Select(s => s.Issue == issue ? change(s) : s)] };
        Plan = Plan with { Actors = [.. Plan.Actors.Select(a => a.Actor == actor ? changed : a)] };
        return changed;
    }

    private void Emit(string actor, string? issue, PositionChange? change, TraceReason reason) =>
        trace.Emit(round, TraceEventType.Lever, to: actor, issue: issue, before: change?.Before, after: change?.After, reason: reason);

    private IActorGrain Actor(string actor) => actors.Of(actor);
}
