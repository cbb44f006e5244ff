using Diplomacy.Model.Influence;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Influence;

/// <summary>One influence step: the Friedkin–Johnsen step, stopped at red lines, reported for those it moves.</summary>
public sealed class InfluenceStepTests
{
    private static readonly FriedkinJohnsen Network = new(
        ["usa", "trump", "rus"],
        [0.5, 0.5, 0.0],
        [new InfluenceTie("usa", "trump", 1), new InfluenceTie("trump", "usa", 1)]);

    [Fact]
    public void Each_moved_holder_gets_the_models_step_and_whom_it_listened_to()
    {
        double[] positions = [80, 40, 95];

        var pulls = InfluenceStep.Pull(Network, positions, positions, [null, null, null]);

        var expected = Network.Step(positions, positions);
        Assert.Equal([0, 1], pulls.Select(p => p.Holder));
        Assert.Equal(expected.Take(2), pulls.Select(p => p.After));
        Assert.Equal([80.0, 40.0], pulls.Select(p => p.Before));
        Assert.Equal([new Speaker("trump", 1)], pulls[0].Speakers);
        Assert.All(pulls, p => Assert.Null(p.BeyondRedLine));
    }

    [Fact]
    public void A_pull_across_a_red_line_stops_at_it_and_keeps_where_it_would_have_gone()
    {
        double[] positions = [80, 40, 95];

        var pulls = InfluenceStep.Pull(Network, positions, positions, [new RedLine(70, 100), null, null]);

        var unbound = Network.Step(positions, positions)[0];
        Assert.True(unbound < 70);
        Assert.Equal((80.0, 70.0, (double?)unbound), (pulls[0].Before, pulls[0].After, pulls[0].BeyondRedLine));
    }

    [Fact]
    public void A_holder_held_where_it_already_stands_has_no_pull()
    {
        double[] positions = [70, 40, 95];

        var pulls = InfluenceStep.Pull(Network, positions, positions, [new RedLine(70, 100), null, null]);

        Assert.Equal([1], pulls.Select(p => p.Holder));
    }
}
