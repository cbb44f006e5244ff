using Diplomacy.Model.Dynamics;

namespace Diplomacy.Model.Tests.Dynamics;

public sealed class ResolveBoundTests
{
    [Theory]
    [InlineData(0.95, 1.0, 0.95)]
    [InlineData(0.8, 0.9, 0.72)]
    [InlineData(0.9, 0.2, 0.18)]
    [InlineData(0, 1, 0)]
    public void Firmness_is_resolve_times_salience(double resolve, double salience, double firmness)
    {
        Assert.Equal(firmness, ResolveBound.Firmness(resolve, salience), 12);
    }

    [Fact]
    public void A_core_position_moves_a_fortieth_of_the_range_in_one_sitting()
    {
        // Zelenskyy on Ukraine's seat at the table: resolve 0.95, salience 1; the forum spans 95 to 45.
        var move = ResolveBound.Bound(position: 95, candidate: 45, resolve: 0.95, salience: 1, range: 50);

        Assert.True(move.Held);
        Assert.Equal(1.25, move.MaxStep, 12);
        Assert.Equal(93.75, move.Position, 12);
        Assert.Equal(45, move.ModelCandidate);
    }

    [Fact]
    public void A_move_within_the_bound_is_the_model_s_move_to_the_bit()
    {
        var move = ResolveBound.Bound(position: 30, candidate: 33.333333333333336, resolve: 0.5, salience: 0.4, range: 80);

        Assert.False(move.Held);
        Assert.Equal(33.333333333333336, move.Position);
    }

    [Theory]
    [InlineData(10, 90, 0.6, 0.5, 50, 27.5)]
    [InlineData(90, 10, 0.6, 0.5, 50, 72.5)]
    public void The_cut_move_keeps_its_direction(double position, double candidate, double resolve, double salience, double range, double expected)
    {
        Assert.Equal(expected, ResolveBound.Bound(position, candidate, resolve, salience, range).Position, 12);
    }

    [Fact]
    public void An_issue_the_actor_hardly_cares_about_moves_almost_freely_however_firm_the_resolve()
    {
        var low = ResolveBound.MaxStep(resolve: 0.9, salience: 0.1, range: 100);
        var high = ResolveBound.MaxStep(resolve: 0.9, salience: 0.9, range: 100);

        Assert.Equal(45.5, low, 12);
        Assert.Equal(9.5, high, 12);
    }

    [Fact]
    public void Resolve_1_on_an_issue_of_salience_1_never_moves_and_resolve_0_meets_halfway()
    {
        Assert.Equal(70, ResolveBound.Bound(70, 10, 1, 1, 60).Position);
        Assert.Equal(40, ResolveBound.Bound(70, 10, 0, 1, 60).Position);
        Assert.Equal(40, ResolveBound.Bound(70, 40, 0, 1, 60).Position);
        Assert.Equal(0, ResolveBound.IssueSusceptibility(0.4, 1, 1));
        Assert.Equal(0.4, ResolveBound.IssueSusceptibility(0.4, 0, 1));
    }

    [Fact]
    public void Issue_susceptibility_scales_the_actor_s_by_what_it_does_not_defend()
    {
        Assert.Equal(0.3 * 0.2, ResolveBound.IssueSusceptibility(0.3, 0.8, 1.0), 12);
    }

    [Theory]
    [InlineData(-0.1, 0.5)]
    [InlineData(0.5, 1.1)]
    [InlineData(double.NaN, 0.5)]
    public void Resolve_and_salience_outside_0_to_1_are_refused(double resolve, double salience)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResolveBound.Firmness(resolve, salience));
    }

    [Fact]
    public void A_negative_range_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ResolveBound.MaxStep(0.5, 0.5, -1));
    }

    [Fact]
    public void Influence_alone_never_carries_an_actor_further_from_its_anchor_than_its_issue_susceptibility_allows()
    {
        // One Friedkin–Johnsen step x' = λ w + (1 − λ) u moves at most λ × 100 away from the anchor u,
        // whatever the others say: the property the plausibility tests rely on.
        var lambda = ResolveBound.IssueSusceptibility(0.3, 0.8, 0.9);
        foreach (var (anchor, pull) in new[] { (90.0, 0.0), (5.0, 100.0), (50.0, 49.0) })
        {
            var next = (lambda * pull) + ((1 - lambda) * anchor);
            Assert.True(Math.Abs(next - anchor) <= (lambda * 100) + 1e-12);
        }
    }
}
