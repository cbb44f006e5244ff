using Diplomacy.Model.World;
using Diplomacy.Runtime.Sweeps;
using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>
/// A sweep's picture of one issue under one parameter set: per actor, the median position round
/// by round (a line) and the band from the 5 % to the 95 % quantile (shaded), over the set's runs.
/// </summary>
public static class FanCharts
{
    private const float LabelSize = 16;
    private const float TickSize = 13;
    private const float LegendSize = 13;
    private const double BandOpacity = 0.16;

    private static readonly IPalette FewActors = new ScottPlot.Palettes.Category10();
    private static readonly IPalette ManyActors = new ScottPlot.Palettes.Category20();

    /// <param name="bands">The set's band rows on this issue, actor by actor, round by round (as the bands table holds them).</param>
    /// <param name="actorName">Display name of an actor id.</param>
    public static Plot Fan(Issue issue, string subtitle, IReadOnlyList<BandRow> bands, Func<string, string> actorName)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(actorName);
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        plot.Title($"{Shorten(issue.Title)}\n{Shorten(subtitle)}\nline: median of the runs; band: 5 % to 95 %\n100 = {Shorten(issue.High)}\n0 = {Shorten(issue.Low)}", LabelSize);
        plot.XLabel("round", LabelSize);
        plot.YLabel("position", LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;

        var actors = bands.Where(b => b.Median is not null).Select(b => b.Actor).Distinct(StringComparer.Ordinal).ToList();
        var palette = actors.Count <= FewActors.Colors.Length ? FewActors : ManyActors;
        var lastRound = 0;
        for (var i = 0; i < actors.Count; i++)
        {
            var rows = bands.Where(b => b.Actor == actors[i] && b.Median is not null).OrderBy(b => b.Round).ToList();
            var rounds = rows.Select(r => (double)r.Round).ToArray();
            var color = palette.GetColor(i);
            var band = plot.Add.FillY(rounds, rows.Select(r => r.Low!.Value).ToArray(), rows.Select(r => r.High!.Value).ToArray());
            band.FillColor = color.WithOpacity(BandOpacity);
            band.LineWidth = 0;
            var median = plot.Add.Scatter(rounds, rows.Select(r => r.Median!.Value).ToArray(), color);
            median.LineWidth = 2.5f;
            median.MarkerSize = rounds.Length <= 40 ? 6 : 0;
            median.LegendText = actorName(actors[i]);
            lastRound = Math.Max(lastRound, rows.Count == 0 ? 0 : rows[^1].Round);
        }

        plot.Axes.SetLimitsY(-3, 103);
        plot.Axes.SetLimitsX(-0.3, Math.Max(1, lastRound) + 0.3);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericFixedInterval(10);
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = PlotFonts.Family;
        return plot;
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..69].TrimEnd() + "…";
}
