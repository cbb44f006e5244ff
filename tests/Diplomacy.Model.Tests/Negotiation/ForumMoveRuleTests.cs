using Diplomacy.Model.Dynamics;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.Negotiation;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Negotiation;

/// <summary>A forum member takes the model's move, no further than its resolve allows, and never across its own red line.</summary>
public sealed class ForumMoveRuleTests
{
    private static readonly BdmActor[] Table =
    [
        new("usa", 1.0, 60, 0.5), new("trump", 0.9, 70, 0.4), new("rubio", 0.4, 40, 0.5), new("rus", 0.8, 95, 0.9),
        new("putin", 0.8, 100, 1.0), new("ukr", 0.4, 5, 1.0), new("zelensky", 0.4, 0, 1.0), new("eu", 0.7, 10, 0.8),
    ];

    [Fact]
    public void A_move_past_the_red_line_stops_at_its_edge_and_keeps_the_models_candidate()
    {
        var round = ExpectedUtilityModel.PrepareRound(new BdmSnapshot(Table, new BdmOptions(BdmVariant.Paper)));
        var whole = ExpectedUtilityModel.PlayRound(round.Snapshot);
        var mover = Enumerable.Range(0, Table.Length).First(i => whole.Moves[i].Kind != MoveKind.None && whole.Positions[i] > Table[i].Position);
        var line = new RedLine(0, Table[mover].Position);

        var held = ForumMoveRule.Choose(round.Seat(mover), line);

        Assert.Equal(whole.Positions[mover], held.BeyondRedLine);
        Assert.Equal(Table[mover].Position, held.Move.Candidate);
        Assert.Equal(whole.Moves[mover].Kind, held.Move.Kind);
    }

    [Fact]
    public void A_move_inside_the_red_line_and_a_member_that_stays_are_left_alone()
    {
        var round = ExpectedUtilityModel.PrepareRound(new BdmSnapshot(Table, new BdmOptions(BdmVariant.Paper)));
        var whole = ExpectedUtilityModel.PlayRound(round.Snapshot);

        var held = Enumerable.Range(0, Table.Length).Select(i => ForumMoveRule.Choose(round.Seat(i), new RedLine(0, 100))).ToList();

        Assert.Equal(whole.Moves, held.Select(h => h.Move));
        Assert.All(held, h => Assert.Null(h.BeyondRedLine));
        Assert.Equal(whole.Positions, ForumMoveRule.Apply(round, held));
    }

    [Fact]
    public void Resolve_cuts_a_long_move_to_its_step_and_the_red_line_applies_after_it()
    {
        var round = ExpectedUtilityModel.PrepareRound(new BdmSnapshot(Table, new BdmOptions(BdmVariant.Paper)));
        var whole = ExpectedUtilityModel.PlayRound(round.Snapshot);
        var mover = Enumerable.Range(0, Table.Length).First(i => whole.Moves[i].Kind != MoveKind.None && Math.Abs(whole.Moves[i].Candidate - Table[i].Position) > 30);
        var step = ResolveBound.MaxStep(0.9, Table[mover].Salience, round.Snapshot.Range);
        var direction = Math.Sign(whole.Moves[mover].Candidate - Table[mover].Position);

        var bounded = ForumMoveRule.Choose(round.Seat(mover), null, resolve: 0.9);
        var lined = ForumMoveRule.Choose(round.Seat(mover), new RedLine(Math.Min(Table[mover].Position, Table[mover].Position + (direction * step / 2)), Math.Max(Table[mover].Position, Table[mover].Position + (direction * step / 2))), resolve: 0.9);

        Assert.Equal(Table[mover].Position + (direction * step), bounded.Move.Candidate, 12);
        Assert.Equal(whole.Moves[mover].Candidate, bounded.Resolve!.ModelCandidate);
        Assert.Equal(step, bounded.Resolve.MaxStep);
        Assert.Null(bounded.BeyondRedLine);
        Assert.Equal(Table[mover].Position + (direction * step), lined.BeyondRedLine!.Value, 12);
        Assert.Equal(Table[mover].Position + (direction * step / 2), lined.Move.Candidate, 12);
    }

    [Fact]
    public void A_move_within_what_resolve_allows_is_the_models_to_the_bit()
    {
        var round = ExpectedUtilityModel.PrepareRound(new BdmSnapshot(Table, new BdmOptions(BdmVariant.Paper)));
        var whole = ExpectedUtilityModel.PlayRound(round.Snapshot);

        var free = Enumerable.Range(0, Table.Length).Select(i => ForumMoveRule.Choose(round.Seat(i), null, resolve: 0)).ToList();

        Assert.All(free, (h, i) => Assert.True(h.Resolve is null || Math.Abs(whole.Moves[i].Candidate - Table[i].Position) > ResolveBound.MaxStep(0, Table[i].Salience, round.Snapshot.Range)));
        Assert.All(free.Where(h => h.Resolve is null), h => Assert.Equal(whole.Moves[h.Move.Actor].Candidate, h.Move.Candidate));
    }
}
