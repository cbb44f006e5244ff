using Diplomacy.Model.World;
using Diplomacy.Runtime.Tables;
using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>
/// Stance trajectories of one issue: a line per actor, rounds on the x axis, the issue's 0–100
/// scale on the y axis, agreements marked. Every actor can be told apart without colour (line
/// pattern and marker shape by <see cref="ActorStyles"/>, and its name at the line's end); the
/// legend sits outside the data area, to the right, in sections (states and organisations,
/// leaders, analysts); actors whose whole path coincides are named together ("Russia = Putin").
/// </summary>
public static class StancePlots
{
    private const float LabelSize = 16;
    private const float TickSize = 13;
    private const float LegendSize = 13;

    /// <summary>Characters a title line may hold: the title is centred over the data area.</summary>
    private const int TitleWidth = 80;

    private const double Bottom = -3;
    private const double Top = 103;

    public static Plot Trajectories(RunHistory run, Issue issue)
    {
        var plot = NewPlot(issue, $"{run.Scenario} (seed {run.Seed})");
        var styles = ActorStyles.For(ActorsOn(issue, run), run, issue.Id);
        // Of actors on one path only the last is labelled, with all their names: "France = Germany = United Kingdom".
        var repeated = styles.SelectMany(s => s.Coincides).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var ends = new List<EndLabels.Entry>();
        foreach (var style in DrawingOrder(styles))
        {
            if (AddTrajectory(plot, run, style, issue, style.Pattern, style.Shape) is { } end && !repeated.Contains(style.Actor.Id))
            {
                ends.Add(end with { Text = string.Join(" = ", [.. style.Coincides.Select(ActorStyles.ShortName), style.ShortName]) });
            }
        }

        AddLegend(plot, styles, style => style.Coincides.Count == 0
            ? style.Actor.Name
            : $"{style.Actor.Name} (same path as {string.Join(", ", style.Coincides.Select(a => a.Name))})");
        AddAgreements(plot, run, issue, MarkerShape.FilledDiamond, "agreement");
        Finish(plot, run.LastRound, ends);
        return plot;
    }

    /// <summary>
    /// Both runs on one issue: an actor keeps its colour and marker, scenario A is drawn solid and
    /// B dashed and thinner, so the what-if reads as the gap between two lines of one colour. The
    /// labels stand in one column right of the last round; B's carry "(B)", and an actor whose two
    /// lines end at the same point gets one label.
    /// </summary>
    public static Plot Comparison(RunHistory first, RunHistory second, Issue issue)
    {
        var plot = NewPlot(issue, $"A = {first.Scenario} (solid), B = {second.Scenario} (dashed), seed {first.Seed}");
        var styles = ActorStyles.For(ActorsOn(issue, first, second), null, issue.Id);
        var ends = new List<EndLabels.Entry>();
        foreach (var style in DrawingOrder(styles))
        {
            var a = AddTrajectory(plot, first, style, issue, LinePattern.Solid, style.Shape);
            var b = AddTrajectory(plot, second, style with { LineWidth = 1.5f }, issue, LinePattern.Dashed, style.Shape);
            if (a is not null && b is not null && Math.Abs(a.X - b.X) < 1e-9 && Math.Abs(a.Y - b.Y) < 0.5)
            {
                ends.Add(a);
                continue;
            }

            ends.AddRange(new[] { a, b is null ? null : b with { Text = b.Text + " (B)" } }.OfType<EndLabels.Entry>());
        }

        AddLegend(plot, styles, style => style.Actor.Name);
        plot.Legend.ManualItems.Add(Heading("SCENARIOS"));
        plot.Legend.ManualItems.Add(ScenarioKey($"A: {first.Scenario}", LinePattern.Solid));
        plot.Legend.ManualItems.Add(ScenarioKey($"B: {second.Scenario}", LinePattern.Dashed));
        AddAgreements(plot, first, issue, MarkerShape.FilledDiamond, $"agreement in A");
        AddAgreements(plot, second, issue, MarkerShape.OpenDiamond, $"agreement in B");
        var last = Math.Max(first.LastRound, second.LastRound);
        // One column of labels, right of the later run's last round, joined to every end by its leader line.
        Finish(plot, last, ends, labelsAt: last);
        return plot;
    }

    private static Plot NewPlot(Issue issue, string subtitle)
    {
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        var lines = Wrap(issue.Title).Concat(Wrap(subtitle)).Concat(Wrap($"100 = {issue.High}")).Concat(Wrap($"0 = {issue.Low}"));
        plot.Title(string.Join('\n', lines), LabelSize);
        plot.XLabel("round", LabelSize);
        plot.YLabel("position", LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;
        return plot;
    }

    /// <summary>States first, then leaders and analysts over them, so a coinciding path shows as dashes over a solid line.</summary>
    private static IEnumerable<ActorStyle> DrawingOrder(IReadOnlyList<ActorStyle> styles) => styles.OrderBy(s => s.Group);

    /// <summary>The legend, by section: a bold heading, then each actor of it in world order; items are made here, not by the lines.</summary>
    private static void AddLegend(Plot plot, IReadOnlyList<ActorStyle> styles, Func<ActorStyle, string> label)
    {
        foreach (var group in styles.GroupBy(s => s.Group).OrderBy(g => g.Key))
        {
            plot.Legend.ManualItems.Add(Heading(ActorStyles.GroupTitle(group.Key)));
            foreach (var style in group)
            {
                plot.Legend.ManualItems.Add(new LegendItem
                {
                    LabelText = label(style),
                    LineColor = style.Color,
                    LineWidth = style.LineWidth,
                    LinePattern = style.Pattern,
                    MarkerShape = style.Shape,
                    MarkerSize = 8,
                    MarkerColor = style.Color,
                });
            }
        }
    }

    private static LegendItem Heading(string text) => new() { LabelText = text, LineWidth = 0, MarkerShape = MarkerShape.None };

    private static LegendItem ScenarioKey(string scenario, LinePattern pattern) => new()
    {
        LabelText = scenario,
        LineColor = Colors.DimGray,
        LineWidth = 2,
        LinePattern = pattern,
        MarkerShape = MarkerShape.None,
    };

    /// <returns>Where the line ends, for its label; null when the actor has no stance in this run.</returns>
    private static EndLabels.Entry? AddTrajectory(Plot plot, RunHistory run, ActorStyle style, Issue issue, LinePattern pattern, MarkerShape shape)
    {
        var points = run.Trajectory(style.Actor.Id, issue.Id);
        if (points.Count == 0)
        {
            return null;
        }

        var line = plot.Add.Scatter(points.Select(p => (double)p.Round).ToArray(), points.Select(p => p.Position).ToArray(), style.Color);
        line.LineWidth = style.LineWidth;
        line.LinePattern = pattern;
        line.MarkerShape = shape;
        line.MarkerSize = points.Count <= 40 ? 8 : 0;
        line.MarkerLineWidth = 1.5f;
        return new EndLabels.Entry(points[^1].Round, points[^1].Position, style.ShortName, style.Color);
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
                plot.Add.Marker(agreement.Round, term.Position, shape, open ? 24 : 16, Colors.Black).MarkerLineWidth = open ? 2.5f : 1;
                if (first)
                {
                    plot.Legend.ManualItems.Add(new LegendItem { LabelText = legendText, MarkerShape = shape, MarkerSize = open ? 14 : 11, MarkerColor = Colors.Black, LineWidth = 0 });
                    first = false;
                }
            }
        }
    }

    /// <param name="labelsAt">When set, every label stands right of this round instead of right of its own line's end.</param>
    private static void Finish(Plot plot, int lastRound, IReadOnlyList<EndLabels.Entry> ends, int? labelsAt = null)
    {
        var last = Math.Max(1, lastRound);
        var labelRoom = LabelRoom(plot, last, ends);
        // Label centres kept a half label inside the frame, so no label is cut by it.
        EndLabels.Add(plot, ends, labelRoom * 0.12, Bottom + 1.8, Top - 1.8, labelsAt);
        plot.Axes.SetLimitsY(Bottom, Top);
        plot.Axes.SetLimitsX(-0.3, last + labelRoom);
        plot.Axes.Bottom.TickGenerator = RoundTicks(last);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = PlotFonts.Family;
    }

    /// <summary>
    /// How far right of the last round the x axis goes, in rounds, so that the longest end label
    /// fits: estimated from character counts (about 8 px a character at these font sizes) and
    /// what the legend leaves of the plot's width.
    /// </summary>
    private static double LabelRoom(Plot plot, int last, IReadOnlyList<EndLabels.Entry> ends)
    {
        const double PixelsPerCharacter = 8;
        var legend = plot.Legend.ManualItems.Select(i => i.LabelText?.Length ?? 0).DefaultIfEmpty(0).Max() * PixelsPerCharacter + 90;
        var dataWidth = Math.Max(200, PlotFiles.Width - 110 - legend);
        var label = ends.Select(e => e.Text.Length).DefaultIfEmpty(0).Max() * PixelsPerCharacter + 30;
        return Math.Max(0.5, label * (last + 0.3) / Math.Max(dataWidth - label, 100));
    }

    /// <summary>Whole rounds from 0 to the last one only (the room for labels gets no ticks), at most about 12 of them.</summary>
    private static ScottPlot.TickGenerators.NumericManual RoundTicks(int last)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var step = Math.Max(1, (int)Math.Ceiling(last / 12.0));
        for (var round = 0; round <= last; round += step)
        {
            ticks.AddMajor(round, round.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ticks;
    }

    private static List<Actor> ActorsOn(Issue issue, params RunHistory[] runs) =>
        runs[0].Actors.Where(a => runs.Any(r => r.Stances.Any(s => s.Actor == a.Id && s.Issue == issue.Id))).ToList();

    /// <summary>Breaks text into lines of at most <see cref="TitleWidth"/> characters at spaces; a longer word keeps its own line.</summary>
    public static IEnumerable<string> Wrap(string text)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > TitleWidth)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
