using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Grains.State;
using Orleans.Runtime;

namespace Diplomacy.Grains;

/// <summary>
/// A multilateral table. Per issue: snapshot of the members (in seat order), risk exponents for
/// all of them, each member's move computed by its own grain (fanned out, gathered by seat
/// index), then all moves applied at once — so the outcome is the model's whole round.
/// </summary>
public sealed class ForumGrain(
    [PersistentState("forum", RunStorage.Name)] IPersistentState<ForumState> state)
    : Grain, IForumGrain
{
    public async Task<ForumOutcome> Sit(ForumSitting sitting)
    {
        var members = sitting.Members.Select(Member).ToList();
        if (!sitting.Stamp.IsAfter(state.State.LastSitting))
        {
            // A retry: the outcome was saved before any member moved, so re-send exactly it.
            var saved = state.State.LastOutcome ?? new ForumOutcome([]);
            await SendMovesAsync(sitting, members, saved);
            return saved;
        }

        var snapshots = await Task.WhenAll(members.Select(m => m.GetSnapshot()));
        var moves = new List<ForumMove>();
        foreach (var issue in sitting.Issues)
        {
            moves.AddRange(await SitOnIssueAsync(sitting.Variant, issue, members, snapshots));
        }

        var outcome = new ForumOutcome(moves);
        state.State.LastSitting = sitting.Stamp;
        state.State.LastOutcome = outcome;
        await state.WriteStateAsync();
        await SendMovesAsync(sitting, members, outcome);
        return outcome;
    }

    private IActorGrain Member(Seat seat)
    {
        var key = GrainKeys.Actor(GrainKeys.RunKeyOfForum(this.GetPrimaryKeyString()), seat.Actor);
        return seat.IsState ? GrainFactory.GetGrain<IStateGrain>(key) : GrainFactory.GetGrain<ILeaderGrain>(key);
    }

    private async Task<IReadOnlyList<ForumMove>> SitOnIssueAsync(
        string variant, string issue, IReadOnlyList<IActorGrain> members, IReadOnlyList<ActorSnapshot> snapshots)
    {
        // Only members holding a stance on the issue take part in it; seat order is kept.
        var seated = Enumerable.Range(0, members.Count).Where(m => snapshots[m].Find(issue) is not null).ToList();
        if (seated.Count < 2)
        {
            return [];
        }

        var positions = seated.Select(m => snapshots[m].Find(issue)!.Position).ToArray();
        var snapshot = new IssueSnapshot(
            issue,
            variant,
            [.. seated.Select(m => snapshots[m].Actor)],
            positions,
            [.. seated.Select(m => snapshots[m].Capability)],
            [.. seated.Select(m => snapshots[m].Find(issue)!.Salience)],
            RangeOf(issue, positions),
            RiskExponents: [],
            VoteTotal: double.NaN);
        snapshot = ExpectedUtilityCalls.WithRisk(snapshot);

        var choices = await Task.WhenAll(seated.Select((m, seat) => members[m].ChooseMove(snapshot, seat)));
        var after = ExpectedUtilityCalls.ApplyMoves(snapshot, choices);
        return [.. seated.Select((_, seat) => new ForumMove(
            snapshot.Actors[seat],
            issue,
            positions[seat],
            after[seat],
            choices[seat].Kind,
            choices[seat].TowardsIndex >= 0 ? snapshot.Actors[choices[seat].TowardsIndex] : null,
            choices[seat].ExpectedUtilityOfChallenging,
            choices[seat].ExpectedUtilityOfBeingChallenged,
            snapshot.RiskExponents[seat],
            choices[seat].BeyondRedLine,
            choices[seat].HeldByResolve,
            choices[seat].MaxStep))];
    }

    // Δ is fixed at the issue's first sitting: the model measures every distance against the
    // initial spread of positions, not the current one.
    private double RangeOf(string issue, double[] positions)
    {
        var known = state.State.Ranges.FirstOrDefault(r => r.Issue == issue);
        if (known is not null)
        {
            return known.Range;
        }

        var range = positions.Max() - positions.Min();
        state.State.Ranges.Add(new IssueRange(issue, range));
        return range;
    }

    private static Task SendMovesAsync(ForumSitting sitting, IReadOnlyList<IActorGrain> members, ForumOutcome outcome) =>
        Task.WhenAll(sitting.Members.Select((seat, m) => members[m].MoveTo(new PositionOrder(
            sitting.Stamp,
            [.. outcome.Moves.Where(move => move.Actor == seat.Actor).Select(move => new TermValue(move.Issue, move.After))],
            MovesAnchor: true))));

    public async Task Retire()
    {
        await state.ClearStateAsync();
        this.DeactivateOnIdle();
    }
}
