using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.Negotiation;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Negotiation;

/// <summary>A forum member takes the model's move, but never across its own red line.</summary>
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
}
