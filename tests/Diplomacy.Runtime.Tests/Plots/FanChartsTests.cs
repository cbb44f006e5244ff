using Diplomacy.Model.World;
using Diplomacy.Runtime.Plots;
using Diplomacy.Runtime.Sweeps;
using ScottPlot.Plottables;

namespace Diplomacy.Runtime.Tests.Plots;

public sealed class FanChartsTests
{
    private static readonly Issue Territory = new(
        "territory",
        "Territory lost since 2014, including Crimea",
        "Russia keeps all the territory it has taken since 2014, Crimea included",
        "Ukraine regains all territory lost since 2014, including Crimea");

    private static readonly Actor[] World =
    [
        new("russia", "Russia", ActorKind.State, "state", null, 1, 0.3),
        new("ukraine", "Ukraine", ActorKind.State, "state", null, 1, 0.3),
        new("putin", "Vladimir Putin", ActorKind.Leader, "President of Russia", "russia", 1, 0.3),
    ];

    [Fact]
    public void Each_actors_median_has_the_colour_marker_and_pattern_of_the_runs_plots_and_its_name()
    {
        var bands = World.SelectMany(a => Enumerable.Range(0, 3).Select(r => new BandRow(1, a.Id, "territory", r, 20, 10, 20 + r, 30))).ToList();

        var plot = FanCharts.Fan(Territory, "sweep, set 1", bands, id => World.FirstOrDefault(a => a.Id == id));

        var medians = plot.GetPlottables<Scatter>().ToList();
        var styles = ActorStyles.For(World, null, "territory");
        Assert.Equal(styles.Select(s => (s.Actor.Name, s.Color, s.Shape, s.Pattern)), medians.Select(m => (m.LegendText, m.Color, m.MarkerShape, m.LinePattern)));
    }

    [Fact]
    public void Long_scale_ends_are_wrapped_whole_not_cut()
    {
        var plot = FanCharts.Fan(Territory, "sweep, set 1", [new BandRow(1, "russia", "territory", 0, 1, 5, 5, 5)], id => World.FirstOrDefault(a => a.Id == id));

        var title = plot.Axes.Title.Label.Text;
        Assert.Contains("Crimea included", title, StringComparison.Ordinal);
        Assert.DoesNotContain("…", title, StringComparison.Ordinal);
    }
}
