using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.Negotiation;

namespace Diplomacy.Grains.Forums;

/// <summary>
/// A multilateral table. Per issue: a snapshot of the members holding a stance on it (in seat
/// order), the round's shared work computed once by the model (risk exponents and the probability
/// rows), each member's move chosen by its own grain from its share, then all moves applied at once
/// — so the outcome is the model's whole round, bit for bit. The forum keeps nothing between
/// sittings: the ranges Δ it fixes go back to the run, which sends them with the next sitting.
/// </summary>
public sealed class ForumGrain : Grain, IForumGrain
{
    private ActorGrains? _actorGrains;

    public async Task<ForumOutcome> Sit(ForumSitting sitting)
    {
        _actorGrains ??= new ActorGrains(GrainFactory, GrainKeys.RunKeyOfForum(this.GetPrimaryKeyString()));
        var members = sitting.Members.Select(_actorGrains.Of).ToList();
        var snapshots = await Task.WhenAll(members.Select(m => m.GetSnapshot(sitting.Epoch)));
        var ranges = sitting.Ranges.ToList();
        var moves = new List<ForumMove>();
        foreach (var issue in sitting.Issues)
        {
            moves.AddRange(await SitOnIssueAsync(sitting, issue, members, snapshots, ranges));
        }

        // Each member's moves on all issues together; a move is the member's own decision, so its anchor moves too.
        await Task.WhenAll(sitting.Members.Select((member, m) => (Grain: members[m], Moves: moves.Where(move => move.Actor == member).ToList()))
            .Where(x => x.Moves.Count > 0)
            .Select(x => x.Grain.MoveTo(new PositionOrder(sitting.Epoch, [.. x.Moves.Select(move => new TermValue(move.Issue, move.After))], MovesAnchor: true))));
        return new ForumOutcome(moves, ranges);
    }

    public Task Retire()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private static async Task<IReadOnlyList<ForumMove>> SitOnIssueAsync(
        ForumSitting sitting, string issue, IReadOnlyList<IActorGrain> members, IReadOnlyList<ActorSnapshot> snapshots, List<IssueRange> ranges)
    {
        // Only members holding a stance on the issue take part in it; seat order is kept.
        var seated = Enumerable.Range(0, members.Count).Where(m => snapshots[m].Find(issue) is not null).ToList();
        if (seated.Count < 2)
        {
            return [];
        }

        var actors = seated.Select(m => new BdmActor(snapshots[m].Actor, snapshots[m].Capability, snapshots[m].Find(issue)!.Position, snapshots[m].Find(issue)!.Salience)).ToList();
        var prepared = ExpectedUtilityModel.PrepareRound(new BdmSnapshot(actors, RangeOf(issue, actors, ranges), new BdmOptions(sitting.Variant.ToModel())));
        var shared = prepared.Seat(0);
        var round = new ForumRound(
            issue,
            sitting.Variant,
            prepared.Snapshot.Range,
            [.. actors.Select(a => a.Name)],
            shared.Positions,
            shared.Saliences,
            shared.Slots,
            [.. prepared.Risk.Exponents],
            prepared.CanMove);
        var choices = await Task.WhenAll(seated.Select((m, seat) =>
        {
            var share = prepared.Seat(seat);
            return members[m].ChooseMove(new SeatRound(sitting.Epoch, round, seat, share.Outward, share.Inward));
        }));

        var held = choices.Select((c, seat) => new HeldMove(
            new BdmMove(seat, c.Kind.ToModel(), c.TowardsIndex, c.ExpectedUtilityOfChallenging ?? double.NaN, c.ExpectedUtilityOfBeingChallenged ?? double.NaN, c.Candidate),
            c.BeyondRedLine)).ToList();
        var after = ForumMoveRule.Apply(prepared, held);
        return [.. seated.Select((_, seat) => new ForumMove(
            actors[seat].Name,
            issue,
            actors[seat].Position,
            after[seat],
            choices[seat].Kind,
            choices[seat].TowardsIndex >= 0 ? actors[choices[seat].TowardsIndex].Name : null,
            choices[seat].ExpectedUtilityOfChallenging,
            choices[seat].ExpectedUtilityOfBeingChallenged,
            round.Exponents[seat],
            choices[seat].BeyondRedLine,
            choices[seat].HeldByResolve,
            choices[seat].MaxStep))];
    }

    // Δ is fixed at the issue's first sitting at this forum: the model measures every distance
    // against the initial spread of positions, not the current one.
    private static double RangeOf(string issue, IReadOnlyList<BdmActor> actors, List<IssueRange> ranges)
    {
        if (ranges.FirstOrDefault(r => r.Issue == issue) is { } known)
        {
            return known.Range;
        }

        var range = BdmSnapshot.InitialRange(actors);
        ranges.Add(new IssueRange(issue, range));
        return range;
    }
}
