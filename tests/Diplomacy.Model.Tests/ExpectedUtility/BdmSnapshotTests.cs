using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

public sealed class BdmSnapshotTests
{
    public static TheoryData<BdmActor, string> BadActors => new()
    {
        { new BdmActor("x", -0.1, 50, 0.5), "x: capability must be finite and non-negative" },
        { new BdmActor("x", double.PositiveInfinity, 50, 0.5), "x: capability must be finite and non-negative" },
        { new BdmActor("x", double.NaN, 50, 0.5), "x: capability must be finite and non-negative" },
        { new BdmActor("x", 1, 50, 1.01), "x: salience must be in [0, 1]" },
        { new BdmActor("x", 1, 50, -0.01), "x: salience must be in [0, 1]" },
        { new BdmActor("x", 1, 50, double.NaN), "x: salience must be in [0, 1]" },
        { new BdmActor("x", 1, double.NaN, 0.5), "x: position must be a finite number" },
        { new BdmActor("x", 1, double.NegativeInfinity, 0.5), "x: position must be a finite number" },
    };

    [Theory]
    [MemberData(nameof(BadActors))]
    public void An_actor_out_of_range_is_rejected_by_name(BdmActor bad, string message)
    {
        BdmActor[] actors = [new("ok", 1, 0, 0.5), bad];

        var error = Assert.Throws<ArgumentException>(() => new BdmSnapshot(actors, 100));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_edges_of_every_range_are_accepted()
    {
        BdmActor[] actors = [new("a", 0, -5, 0), new("b", 1e9, 5, 1)];

        var snapshot = new BdmSnapshot(actors);

        Assert.Equal(10, snapshot.Range);
        Assert.Equal(2, snapshot.Count);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_non_finite_range_is_rejected(double range)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BdmSnapshot([new BdmActor("a", 1, 0, 1)], range));
    }

    [Fact]
    public void The_range_is_max_minus_min_of_the_positions_and_zero_for_none()
    {
        Assert.Equal(0, BdmSnapshot.InitialRange([]));
        Assert.Equal(0, BdmSnapshot.InitialRange([new BdmActor("a", 1, 40, 1)]));
        Assert.Equal(70, BdmSnapshot.InitialRange([new BdmActor("a", 1, 40, 1), new BdmActor("b", 1, 10, 1), new BdmActor("c", 1, 80, 1), new BdmActor("d", 1, 30, 1)]));
    }

    [Fact]
    public void A_later_round_keeps_actors_range_and_options_and_takes_the_new_positions()
    {
        var options = new BdmOptions(BdmVariant.Paper);
        var start = new BdmSnapshot([new BdmActor("a", 2, 0, 0.5), new BdmActor("b", 3, 100, 0.25)], options);

        var later = start.WithPositions([20, 30]);

        Assert.Equal(100, later.Range);
        Assert.Same(options, later.Options);
        Assert.Equal([new BdmActor("a", 2, 20, 0.5), new BdmActor("b", 3, 30, 0.25)], later.Actors);
        Assert.Throws<ArgumentException>(() => start.WithPositions([1]));
    }

    [Fact]
    public void Default_options_are_the_scholz_variant()
    {
        var snapshot = new BdmSnapshot([new BdmActor("a", 1, 0, 1)]);

        Assert.Same(BdmOptions.Default, snapshot.Options);
        Assert.Equal(BdmVariant.Scholz, snapshot.Options.Variant);
    }
}
