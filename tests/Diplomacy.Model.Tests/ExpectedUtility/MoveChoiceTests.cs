using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

/// <summary>
/// Which offer an actor takes, on small paper-variant tables built so that one kind of offer is
/// the only one open to it (found by searching seeded random tables; the conditions are asserted).
/// </summary>
public sealed class MoveChoiceTests
{
    private static readonly BdmOptions Paper = new(BdmVariant.Paper);

    [Fact]
    public void An_actor_with_only_capitulations_open_gives_way_to_the_nearest_offer()
    {
        // C (at 70) loses both contests: e_ji > 0 > e_ij and e_ji < |e_ij| against A (40) and B (90).
        BdmActor[] actors = [new("A", 7, 40, 0.9), new("B", 8, 90, 0.8), new("C", 1, 70, 0.9)];
        var snapshot = new BdmSnapshot(actors, Paper);
        var risk = ExpectedUtilityModel.AssessRisk(snapshot);
        foreach (var other in new[] { 0, 1 })
        {
            var (eij, eji) = ExpectedUtilityModel.Evaluate(snapshot, risk, 2, other);
            Assert.True(eji > 0 && eij < 0 && eji < Math.Abs(eij), $"C against {actors[other].Name}: e_ij {eij}, e_ji {eji}");
        }

        var move = ExpectedUtilityModel.PlayRound(snapshot).Moves[2];

        Assert.Equal(MoveKind.Capitulate, move.Kind);
        Assert.Equal(1, move.Target);
        Assert.Equal(90, move.Candidate);
        Assert.Equal(ExpectedUtilityModel.Evaluate(snapshot, risk, 2, 1), (move.EuChallenge, move.EuChallenged));
        Assert.Equal(move, ExpectedUtilityModel.ChooseMove(snapshot, risk, 2));
    }

    [Fact]
    public void The_scholz_variant_never_capitulates_even_when_nothing_else_is_open()
    {
        BdmActor[] actors = [new("A", 7, 40, 0.9), new("B", 8, 90, 0.8), new("C", 1, 70, 0.9)];

        var round = ExpectedUtilityModel.PlayRound(new BdmSnapshot(actors));

        Assert.DoesNotContain(round.Moves, m => m.Kind == MoveKind.Capitulate);
    }

    [Fact]
    public void An_actor_whose_expected_utilities_are_all_negative_stays()
    {
        // C (at 100) expects to lose by challenging A or B, and expects them to lose by challenging it.
        BdmActor[] actors = [new("A", 3, 0, 0.8), new("B", 9, 30, 0.7), new("C", 8, 100, 1)];
        var snapshot = new BdmSnapshot(actors, Paper);
        var risk = ExpectedUtilityModel.AssessRisk(snapshot);
        foreach (var other in new[] { 0, 1 })
        {
            var (eij, eji) = ExpectedUtilityModel.Evaluate(snapshot, risk, 2, other);
            Assert.True(eji < 0 && eij < 0, $"C against {actors[other].Name}: e_ij {eij}, e_ji {eji}");
        }

        var round = ExpectedUtilityModel.PlayRound(snapshot);

        Assert.Equal(BdmMove.Stay(2, 100), round.Moves[2]);
        Assert.Equal(100, round.Positions[2]);
    }
}
