using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Grains.State;
using Orleans.Runtime;
using Diplomacy.Model.Dynamics;

namespace Diplomacy.Grains;

/// <summary>
/// Behaviour shared by leaders and states. The grain holds the stances; every valuation and
/// every move is the model's (through <see cref="ExpectedUtilityCalls"/> and <see cref="NegotiationCalls"/>), so the grain stays thin.
/// </summary>
public abstract class ActorGrain(IPersistentState<ActorState> state) : Grain, IActorGrain
{
    private ActorSetup Profile => state.State.Setup
        ?? throw new InvalidOperationException($"actor grain '{this.GetPrimaryKeyString()}' was used before its setup");

    public async Task Setup(ActorSetup setup)
    {
        if (state.State.Setup is not null)
        {
            return;
        }

        state.State.Setup = setup;
        state.State.Issues = [.. setup.Stances.Select(s => new IssuePosition(s.Issue, s.Position, s.Position, s.Salience))];
        await state.WriteStateAsync();
    }

    public Task<ActorSnapshot> GetSnapshot() =>
        Task.FromResult(new ActorSnapshot(Profile.Actor, Profile.Capability, Profile.Susceptibility, [.. state.State.Issues]));

    public async Task<PositionChange> ApplyShock(ShockOrder order)
    {
        var current = Current(order.Issue);
        if (!order.Stamp.IsAfter(state.State.LastApplied))
        {
            return RepeatedChanges(order.Stamp).FirstOrDefault(c => c.Issue == order.Issue)
                ?? new PositionChange(Profile.Actor, order.Issue, current.Position, current.Position);
        }

        // fidelity (issue 10): a shock stops at the red line unless the scenario says the line breaks;
        // a broken line is dropped from the actor's profile, so it binds no later move or answer.
        var stance = Profile.Stances.FirstOrDefault(s => s.Issue == order.Issue);
        var outcome = ShockRule.Apply(current.Position, order.Set, order.Shift, stance?.RedLine(), order.BreaksRedLine);
        if (outcome.Effect == ShockEffect.BrokeRedLine)
        {
            state.State.Setup = Profile with
            {
                Stances = [.. Profile.Stances.Select(s => s.Issue == order.Issue ? s with { RedLineMinimum = null, RedLineMaximum = null } : s)],
            };
        }

        var changes = await ApplyAsync(order.Stamp, [new TermValue(order.Issue, outcome.Position)], movesAnchor: true);
        return changes[0];
    }

    public Task<ProposalAnswer> Answer(Proposal proposal) =>
        Task.FromResult(NegotiationCalls.Answer(Profile, state.State.Issues, proposal));

    public Task<MoveChoice> ChooseMove(IssueSnapshot snapshot, int index)
    {
        if (snapshot.Actors[index] != Profile.Actor)
        {
            throw new ArgumentException($"seat {index} of the snapshot is '{snapshot.Actors[index]}', not '{Profile.Actor}'", nameof(index));
        }

        var stance = Profile.Stances.FirstOrDefault(s => s.Issue == snapshot.Issue);
        var resolve = Profile.ResolveBounded ? stance?.Resolve : null;
        return Task.FromResult(ExpectedUtilityCalls.ChooseMove(snapshot, index, stance?.RedLine(), resolve));
    }

    public async Task<IReadOnlyList<PositionChange>> MoveTo(PositionOrder order) =>
        order.Stamp.IsAfter(state.State.LastApplied)
            ? await ApplyAsync(order.Stamp, order.Positions, order.MovesAnchor)
            : RepeatedChanges(order.Stamp);

    // A retried call for the change applied last gets that change's result; anything older is long done.
    private IReadOnlyList<PositionChange> RepeatedChanges(StepStamp stamp) =>
        stamp == state.State.LastApplied ? [.. state.State.LastChanges] : [];

    private IssuePosition Current(string issue) =>
        state.State.Issues.FirstOrDefault(i => i.Issue == issue)
            ?? throw new ArgumentException($"actor '{Profile.Actor}' holds no stance on issue '{issue}'", nameof(issue));

    private async Task<IReadOnlyList<PositionChange>> ApplyAsync(StepStamp stamp, IReadOnlyList<TermValue> positions, bool movesAnchor)
    {
        var changes = new List<PositionChange>();
        foreach (var term in positions)
        {
            var index = state.State.Issues.FindIndex(i => i.Issue == term.Issue);
            if (index < 0)
            {
                continue;
            }

            var before = state.State.Issues[index];
            state.State.Issues[index] = before with
            {
                Position = term.Position,
                Anchor = movesAnchor ? term.Position : before.Anchor,
            };
            changes.Add(new PositionChange(Profile.Actor, term.Issue, before.Position, term.Position));
        }

        state.State.LastApplied = stamp;
        state.State.LastChanges = changes;
        await state.WriteStateAsync();
        return changes;
    }

    public async Task Retire()
    {
        await state.ClearStateAsync();
        this.DeactivateOnIdle();
    }
}
