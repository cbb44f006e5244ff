using Diplomacy.Model.World;
using Diplomacy.Runtime.Tables;
using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>
/// Stance trajectories of one issue: a line per actor, rounds on the x axis, the issue's 0–100
/// scale on the y axis, agreements marked. The legend sits outside the data area, to the right,
/// so it never hides a line.
/// </summary>
public static class StancePlots
{
    private const float LabelSize = 16;
    private const float TickSize = 13;
    private const float LegendSize = 13;

    /// <summary>Ten colours told apart on screen and in print; for more actors, twenty (light and dark of each hue).</summary>
    private static readonly IPalette FewActors = new ScottPlot.Palettes.Category10();

    private static readonly IPalette ManyActors = new ScottPlot.Palettes.Category20();

    /// <summary>When colours run out the marker shape changes with each round of colours (shapes survive in SVG, dashes do not).</summary>
    private static readonly MarkerShape[] FilledShapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    private static readonly MarkerShape[] OpenShapes = [MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond];

    public static Plot Trajectories(RunHistory run, Issue issue)
    {
        var plot = NewPlot(issue, $"{run.Scenario} (seed {run.Seed})");
        var actors = ActorsOn(issue, run);
        for (var i = 0; i < actors.Count; i++)
        {
            var line = AddTrajectory(plot, run, actors[i], issue, ActorColor(i, actors.Count), LinePattern.Solid, ActorShape(FilledShapes, i, actors.Count));
            line.LegendText = actors[i].Name;
        }

        AddAgreements(plot, run, issue, MarkerShape.FilledDiamond, "agreement");
        Finish(plot, run.LastRound);
        return plot;
    }

    /// <summary>
    /// Both runs on one issue: an actor keeps its colour, the first scenario is drawn solid and the
    /// second dashed with open markers, so the what-if reads as the gap between two lines of one
    /// colour (the open markers keep the two apart in SVG, which cannot draw dashes).
    /// </summary>
    public static Plot Comparison(RunHistory first, RunHistory second, Issue issue)
    {
        var plot = NewPlot(issue, $"{first.Scenario} (solid, ●) vs {second.Scenario} (dashed, ○), seed {first.Seed}");
        var actors = ActorsOn(issue, first, second);
        for (var i = 0; i < actors.Count; i++)
        {
            var color = ActorColor(i, actors.Count);
            var solid = AddTrajectory(plot, first, actors[i], issue, color, LinePattern.Solid, ActorShape(FilledShapes, i, actors.Count));
            solid.LegendText = actors[i].Name;
            AddTrajectory(plot, second, actors[i], issue, color, LinePattern.Dashed, ActorShape(OpenShapes, i, actors.Count));
        }

        AddAgreements(plot, first, issue, MarkerShape.FilledDiamond, $"agreement: {first.Scenario}");
        AddAgreements(plot, second, issue, MarkerShape.OpenDiamond, $"agreement: {second.Scenario}");
        plot.Legend.ManualItems.Add(ScenarioKey(first.Scenario, LinePattern.Solid, MarkerShape.FilledCircle));
        plot.Legend.ManualItems.Add(ScenarioKey(second.Scenario, LinePattern.Dashed, MarkerShape.OpenCircle));
        Finish(plot, Math.Max(first.LastRound, second.LastRound));
        return plot;
    }

    private static Plot NewPlot(Issue issue, string subtitle)
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        // The title is centred over the data area, so each line must fit its width (about 75 characters).
        plot.Title($"{Shorten(issue.Title)}\n{subtitle}\n100 = {Shorten(issue.High)}\n0 = {Shorten(issue.Low)}", LabelSize);
        plot.XLabel("round", LabelSize);
        plot.YLabel("position", LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        return plot;
    }

    private static LegendItem ScenarioKey(string scenario, LinePattern pattern, MarkerShape shape) => new()
    {
        LabelText = scenario,
        LineColor = Colors.DimGray,
        LineWidth = 2,
        LinePattern = pattern,
        MarkerShape = shape,
        MarkerSize = 7,
        MarkerColor = Colors.DimGray,
    };

    private static ScottPlot.Plottables.Scatter AddTrajectory(Plot plot, RunHistory run, Actor actor, Issue issue, Color color, LinePattern pattern, MarkerShape shape)
    {
        var points = run.Trajectory(actor.Id, issue.Id);
        var line = plot.Add.Scatter(points.Select(p => (double)p.Round).ToArray(), points.Select(p => p.Position).ToArray(), color);
        line.LineWidth = 2.5f;
        line.LinePattern = pattern;
        line.MarkerShape = shape;
        line.MarkerSize = points.Count <= 40 ? 7 : 0;
        line.MarkerLineWidth = 1.5f;
        return line;
    }

    /// <summary>Open diamonds are drawn larger so that an agreement both runs reached at the same point shows both marks.</summary>
    private static void AddAgreements(Plot plot, RunHistory run, Issue issue, MarkerShape shape, string legendText)
    {
        var first = true;
        foreach (var agreement in run.Agreements)
        {
            foreach (var term in agreement.Terms.Where(t => t.Issue == issue.Id))
            {
                var open = shape == MarkerShape.OpenDiamond;
                var marker = plot.Add.Marker(agreement.Round, term.Position, shape, open ? 24 : 16, Colors.Black);
                marker.MarkerLineWidth = open ? 2.5f : 1;
                if (first)
                {
                    marker.LegendText = legendText;
                    first = false;
                }
            }
        }
    }

    private static void Finish(Plot plot, int lastRound)
    {
        plot.Axes.SetLimitsY(-3, 103);
        plot.Axes.SetLimitsX(-0.3, Math.Max(1, lastRound) + 0.3);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = PlotFonts.Family;
    }

    private static List<Actor> ActorsOn(Issue issue, params RunHistory[] runs) =>
        runs[0].Actors.Where(a => runs.Any(r => r.Stances.Any(s => s.Actor == a.Id && s.Issue == issue.Id))).ToList();

    private static IPalette PaletteFor(int actors) => actors <= FewActors.Colors.Length ? FewActors : ManyActors;

    private static Color ActorColor(int index, int actors) => PaletteFor(actors).GetColor(index);

    private static MarkerShape ActorShape(MarkerShape[] shapes, int index, int actors) =>
        shapes[index / PaletteFor(actors).Colors.Length % shapes.Length];

    /// <summary>Titles and scale-end descriptions can be sentences; each must fit on one title line.</summary>
    private static string Shorten(string text) => text.Length <= 70 ? text : text[..69].TrimEnd() + "…";
}
