using Diplomacy.Model.Dynamics;
using Diplomacy.Model.Stances;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Stances;

/// <summary>How a stance changes: outside shocks and the actor's own decisions move its anchor; others' influence does not.</summary>
public sealed class IssueStandingTests
{
    private static readonly IssueStanding Seeded = IssueStanding.Seeded("ceasefire", 90, 0.9);

    [Theory]
    [InlineData(null, 25.0, 100.0)]
    [InlineData(null, -120.0, 0.0)]
    [InlineData(40.0, null, 40.0)]
    public void A_shock_sets_or_shifts_the_stance_clamped_to_the_scale_and_moves_the_anchor(double? set, double? shift, double expected)
    {
        var shocked = Seeded.Shocked(set, shift).Standing;

        Assert.Equal((expected, expected), (shocked.Position, shocked.Anchor));
    }

    [Fact]
    public void A_shock_gives_a_position_or_an_amount_never_both_or_neither()
    {
        Assert.Throws<ArgumentException>(() => Seeded.Shocked(10, 5));
        Assert.Throws<ArgumentException>(() => Seeded.Shocked(null, null));
    }

    [Fact]
    public void A_shock_stops_at_the_red_line_unless_it_breaks_it_and_a_broken_line_binds_no_more()
    {
        var line = new RedLine(60, 100);

        var stopped = Seeded.Shocked(null, -50, line);
        var broken = Seeded.Shocked(null, -50, line, breaksRedLine: true);
        var after = broken.Standing.Shocked(20, null, line);

        Assert.Equal((60.0, ShockEffect.StoppedAtRedLine, false), (stopped.Standing.Position, stopped.Outcome.Effect, stopped.Standing.RedLineBroken));
        Assert.Equal((40.0, ShockEffect.BrokeRedLine, true), (broken.Standing.Position, broken.Outcome.Effect, broken.Standing.RedLineBroken));
        Assert.Equal((20.0, ShockEffect.Inside), (after.Standing.Position, after.Outcome.Effect));
        Assert.Null(after.Standing.Binding(line));
    }

    [Fact]
    public void A_commitment_moves_the_anchor_and_a_pull_does_not()
    {
        Assert.Equal(new IssueStanding("ceasefire", 50, 50, 0.9), Seeded.CommittedTo(50));
        Assert.Equal(new IssueStanding("ceasefire", 50, 90, 0.9), Seeded.PulledTo(50));
    }
}
