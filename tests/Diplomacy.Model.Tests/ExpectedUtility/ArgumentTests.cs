using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

/// <summary>The steps a distributed caller runs apart check what they are given.</summary>
public sealed class ArgumentTests
{
    private static readonly BdmSnapshot Snapshot = new([new BdmActor("a", 1, 0, 1), new BdmActor("b", 2, 50, 0.5), new BdmActor("c", 1, 100, 0.8)]);

    private static readonly RiskAssessment Risk = ExpectedUtilityModel.AssessRisk(Snapshot);

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.AssessRisk(null!));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.ChooseMove(null!, Risk, 0));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.ChooseMove(Snapshot, null!, 0));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.ApplyMoves(null!, []));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.ApplyMoves(Snapshot, null!));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.PlayRound(null!));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.Evaluate(null!, Risk, 0, 1));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.Evaluate(Snapshot, null!, 0, 1));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.Median(null!));
        Assert.Throws<ArgumentNullException>(() => ExpectedUtilityModel.Mean(null!));
        Assert.Throws<ArgumentNullException>(() => new BdmSnapshot(null!, 1));
        Assert.Throws<ArgumentNullException>(() => BdmSnapshot.InitialRange(null!));
        Assert.Throws<ArgumentNullException>(() => Snapshot.WithPositions(null!));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void An_actor_index_outside_the_snapshot_is_rejected(int actor)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedUtilityModel.ChooseMove(Snapshot, Risk, actor));
    }

    [Fact]
    public void Exponents_for_another_actor_count_are_rejected()
    {
        var wrong = new RiskAssessment([1.0, 1.0], double.NaN);

        var choose = Assert.Throws<ArgumentException>(() => ExpectedUtilityModel.ChooseMove(Snapshot, wrong, 0));
        var evaluate = Assert.Throws<ArgumentException>(() => ExpectedUtilityModel.Evaluate(Snapshot, wrong, 0, 1));

        Assert.StartsWith("expected 3 exponents, got 2", choose.Message, StringComparison.Ordinal);
        Assert.StartsWith("expected 3 exponents, got 2", evaluate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moves_must_be_one_per_actor_in_actor_order()
    {
        var stays = Enumerable.Range(0, 3).Select(i => BdmMove.Stay(i, 0)).ToList();

        var tooFew = Assert.Throws<ArgumentException>(() => ExpectedUtilityModel.ApplyMoves(Snapshot, stays[..2]));
        var swapped = Assert.Throws<ArgumentException>(() => ExpectedUtilityModel.ApplyMoves(Snapshot, [stays[0], stays[2], stays[1]]));

        Assert.StartsWith("expected 3 moves, got 2", tooFew.Message, StringComparison.Ordinal);
        Assert.StartsWith("move 1 belongs to actor 2", swapped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_real_move_changes_a_position()
    {
        BdmMove[] moves = [new BdmMove(0, MoveKind.None, -1, 0, 0, 40), new BdmMove(1, MoveKind.Confront, 2, 0.1, 0.2, 100), BdmMove.Stay(2, 100)];

        var next = ExpectedUtilityModel.ApplyMoves(Snapshot, moves);

        Assert.Equal([0.0, 100, 100], next.Actors.Select(a => a.Position));
        Assert.Equal(Snapshot.Range, next.Range);
    }

    [Fact]
    public void With_one_actor_or_no_range_nothing_moves_and_every_exponent_is_one()
    {
        var alone = new BdmSnapshot([new BdmActor("a", 1, 30, 1)]);
        var agreed = new BdmSnapshot([new BdmActor("a", 1, 30, 1), new BdmActor("b", 1, 70, 1)], range: 0);

        foreach (var snapshot in new[] { alone, agreed })
        {
            var risk = ExpectedUtilityModel.AssessRisk(snapshot);
            Assert.All(risk.Exponents, r => Assert.Equal(1.0, r));
            Assert.True(double.IsNaN(risk.VoteTotal));
            Assert.Equal(BdmMove.Stay(0, 30), ExpectedUtilityModel.ChooseMove(snapshot, risk, 0));
            Assert.All(ExpectedUtilityModel.PlayRound(snapshot).Moves, m => Assert.Equal(MoveKind.None, m.Kind));
        }

        Assert.Equal((0.0, 0.0), ExpectedUtilityModel.Evaluate(agreed, ExpectedUtilityModel.AssessRisk(agreed), 0, 1));
    }

    [Fact]
    public void Two_actors_at_the_same_place_expect_nothing_of_each_other()
    {
        var snapshot = new BdmSnapshot([new BdmActor("a", 1, 30, 1), new BdmActor("b", 1, 30, 1), new BdmActor("c", 1, 90, 1)]);

        Assert.Equal((0.0, 0.0), ExpectedUtilityModel.Evaluate(snapshot, ExpectedUtilityModel.AssessRisk(snapshot), 0, 1));
    }

    [Fact]
    public void The_scholz_variant_carries_its_vote_total_and_the_paper_variant_none()
    {
        Assert.True(Risk.VoteTotal > 0);
        Assert.True(double.IsNaN(ExpectedUtilityModel.AssessRisk(new BdmSnapshot(Snapshot.Actors, new BdmOptions(BdmVariant.Paper))).VoteTotal));
    }
}
