using Diplomacy.Model.Uncertainty;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Uncertainty;

public sealed class PositionDrawTests
{
    private static Stance StanceAt(double position, RedLine? redLine = null, Confidence confidence = Confidence.Assumed) =>
        new("putin", "territory", position, 0.9, 0.8, confidence, null, "assumed", null, redLine);

    [Fact]
    public void The_same_stance_spread_and_seed_always_give_the_same_draw_and_another_seed_another()
    {
        var stance = StanceAt(50);

        var first = PositionDraw.Draw(stance, 10, seed: 11);

        Assert.Equal(first, PositionDraw.Draw(stance, 10, seed: 11));
        Assert.NotEqual(first, PositionDraw.Draw(stance, 10, seed: 12));
        Assert.NotEqual(50, first);
    }

    [Fact]
    public void No_spread_keeps_the_seeded_position()
    {
        Assert.Equal(37.5, PositionDraw.Draw(StanceAt(37.5), 0, seed: 99));
    }

    [Fact]
    public void Draws_stay_inside_the_scale_and_the_red_line_and_centre_on_the_seeded_value()
    {
        var nearTheLine = StanceAt(92, new RedLine(80, 100));
        var draws = Enumerable.Range(0, 2_000).Select(seed => PositionDraw.Draw(nearTheLine, 10, seed)).ToList();
        Assert.All(draws, d => Assert.InRange(d, 80, 100));

        var free = StanceAt(50);
        var spread = Enumerable.Range(0, 2_000).Select(seed => PositionDraw.Draw(free, 5, seed)).ToList();
        Assert.InRange(spread.Average(), 49.5, 50.5);
        Assert.InRange(Math.Sqrt(spread.Select(d => (d - 50) * (d - 50)).Average()), 4.6, 5.4);
    }

    [Fact]
    public void A_red_line_too_narrow_to_land_in_keeps_the_seeded_position()
    {
        var pinned = StanceAt(40, new RedLine(40, 40));

        Assert.Equal(40, PositionDraw.Draw(pinned, 10, seed: 3));
    }

    [Fact]
    public void Spreads_go_by_confidence_and_default_to_2_5_and_10_points()
    {
        var spec = UncertaintySpec.FromConfidence;

        Assert.Equal((2.0, 5.0, 10.0), (spec.SpreadOf(Confidence.Stated), spec.SpreadOf(Confidence.Implied), spec.SpreadOf(Confidence.Assumed)));
        Assert.Equal(7, spec.With(Confidence.Implied, 7).Implied);
    }
}
