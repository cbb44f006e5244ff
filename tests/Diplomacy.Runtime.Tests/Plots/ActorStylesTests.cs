using Diplomacy.Model.World;
using Diplomacy.Runtime.Plots;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Tests.Plots;

public sealed class ActorStylesTests
{
    [Fact]
    public void Every_actor_of_a_crowded_plot_has_a_marker_and_line_pattern_no_other_has()
    {
        // As many states and leaders as the shipped world puts on one issue, and more.
        var actors = Enumerable.Range(0, 12).Select(i => new Actor($"s{i}", $"State {i}", ActorKind.State, "state", null, 1, 0.3))
            .Concat(Enumerable.Range(0, 10).Select(i => new Actor($"l{i}", $"Leader Number{i}", ActorKind.Leader, "leader", $"s{i}", 1, 0.3)))
            .Append(new Actor("a0", "Some Analyst", ActorKind.Analyst, "analyst", null, 0, 0))
            .ToList();

        var styles = ActorStyles.For(actors, null, "issue");

        Assert.Equal(styles.Count, styles.Select(s => (s.Shape, s.Pattern)).Distinct().Count());
        Assert.All(styles, s => Assert.Contains(s.Color.WithAlpha(255), ActorStyles.Palette.Select(c => c.WithAlpha(255)).Concat(ActorStyles.Palette.Select(c => c.Darken(0.3)))));
    }

    [Fact]
    public void A_leader_takes_a_darker_shade_of_its_states_hue_and_a_state_in_an_alliance_keeps_its_own()
    {
        Actor[] actors =
        [
            new("usa", "United States", ActorKind.State, "state", "nato", 1, 0.3),
            new("russia", "Russia", ActorKind.State, "state", null, 1, 0.3),
            new("nato", "NATO", ActorKind.Organisation, "alliance", null, 1, 0.3),
            new("putin", "Vladimir Putin", ActorKind.Leader, "President of Russia", "russia", 1, 0.3),
        ];

        var styles = ActorStyles.For(actors, null, "issue").ToDictionary(s => s.Actor.Id);

        Assert.Equal(styles["russia"].Color.Darken(0.3), styles["putin"].Color);
        Assert.NotEqual(styles["nato"].Color, styles["usa"].Color);
        Assert.Equal((ActorGroup.Leaders, ScottPlot.LinePattern.Dashed), (styles["putin"].Group, styles["putin"].Pattern));
        Assert.Equal((ActorGroup.StatesAndOrganisations, ScottPlot.LinePattern.Solid), (styles["russia"].Group, styles["russia"].Pattern));
    }

    [Fact]
    public void A_path_that_repeats_an_earlier_actors_path_is_marked_as_coinciding()
    {
        var run = SampleRuns.Create();
        var twin = new Actor("putin", "Vladimir Putin", ActorKind.Leader, "President of Russia", "russia", 1, 0.3);
        var copied = run.Stances.Where(s => s.Actor == "russia").Select(s => s with { Actor = "putin", Position = s.Position + 0.2 });
        var withTwin = run with { Actors = [.. run.Actors, twin], Stances = [.. run.Stances, .. copied] };

        var styles = ActorStyles.For(withTwin.Actors, withTwin, "territory").ToDictionary(s => s.Actor.Id);

        Assert.Equal(["russia"], styles["putin"].Coincides.Select(a => a.Id));
        Assert.Empty(styles["ukraine"].Coincides);
    }

    [Theory]
    [InlineData("Vladimir Putin", ActorKind.Leader, "putin", "Putin")]
    [InlineData("United Kingdom", ActorKind.State, "united-kingdom", "United Kingdom")]
    [InlineData("European signatories of the joint statement", ActorKind.Organisation, "european-signatories", "european signatories")]
    public void End_labels_use_short_names(string name, ActorKind kind, string id, string expected) =>
        Assert.Equal(expected, ActorStyles.ShortName(new Actor(id, name, kind, "", null, 1, 0.3)));
}
