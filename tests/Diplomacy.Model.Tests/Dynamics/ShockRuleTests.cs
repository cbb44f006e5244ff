using Diplomacy.Model.Dynamics;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Dynamics;

public sealed class ShockRuleTests
{
    private static readonly RedLine NoTroops = new(0, 10);

    [Fact]
    public void A_shock_inside_the_red_line_goes_where_it_is_sent()
    {
        Assert.Equal(new ShockOutcome(8, 8, ShockEffect.Inside), ShockRule.Apply(0, set: null, shift: 8, NoTroops, breaksRedLine: false));
    }

    [Fact]
    public void A_shock_past_the_red_line_stops_at_its_edge_and_says_so()
    {
        var outcome = ShockRule.Apply(0, set: null, shift: 40, NoTroops, breaksRedLine: false);

        Assert.Equal(new ShockOutcome(10, 40, ShockEffect.StoppedAtRedLine), outcome);
    }

    [Fact]
    public void A_shock_declared_to_break_the_line_crosses_it()
    {
        Assert.Equal(new ShockOutcome(70, 70, ShockEffect.BrokeRedLine), ShockRule.Apply(5, set: 70, shift: null, NoTroops, breaksRedLine: true));
    }

    [Fact]
    public void Without_a_red_line_only_the_scale_bounds_a_shock()
    {
        Assert.Equal(new ShockOutcome(100, 100, ShockEffect.Inside), ShockRule.Apply(90, set: null, shift: 30, redLine: null, breaksRedLine: false));
        Assert.Equal(new ShockOutcome(0, 0, ShockEffect.Inside), ShockRule.Apply(10, set: null, shift: -30, redLine: null, breaksRedLine: false));
    }

    [Fact]
    public void Exactly_one_of_set_and_shift_is_required()
    {
        Assert.Throws<ArgumentException>(() => ShockRule.Apply(0, 5, 5, null, false));
        Assert.Throws<ArgumentException>(() => ShockRule.Apply(0, null, null, null, false));
    }
}
