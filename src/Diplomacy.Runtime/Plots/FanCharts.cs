using Diplomacy.Model.World;
using Diplomacy.Runtime.Sweeps;
using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>
/// A sweep's picture of one issue under one parameter set: per actor, the median position round
/// by round (a line) and the band from the 5 % to the 95 % quantile (shaded), over the set's runs.
/// Actors are styled as in a run's plots (<see cref="ActorStyles"/>: colour family, marker shape
/// and line pattern by group), so a reader can tell them apart without colour.
/// </summary>
public static class FanCharts
{
    private const float LabelSize = 16;
    private const float TickSize = 13;
    private const float LegendSize = 13;
    private const double BandOpacity = 0.16;

    /// <param name="bands">The set's band rows on this issue, actor by actor, round by round (as the bands table holds them).</param>
    /// <param name="findActor">The world's actor of an id (null for an id the world does not know).</param>
    public static Plot Fan(Issue issue, string subtitle, IReadOnlyList<BandRow> bands, Func<string, Actor?> findActor)
    {
        ArgumentNullException.ThrowIfNull(issue);
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(findActor);
        PlotFonts.EnsureRegistered();
        var plot = new Plot();
        plot.Font.Set(PlotFonts.Family);
        var title = StancePlots.Wrap(issue.Title)
            .Concat(StancePlots.Wrap(subtitle))
            .Append("line: median of the runs; band: 5 % to 95 %")
            .Concat(StancePlots.Wrap($"100 = {issue.High}"))
            .Concat(StancePlots.Wrap($"0 = {issue.Low}"));
        plot.Title(string.Join('\n', title), LabelSize);
        plot.XLabel("round", LabelSize);
        plot.YLabel("position", LabelSize);
        plot.Axes.Bottom.TickLabelStyle.FontSize = TickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = TickSize;

        var actors = bands.Where(b => b.Median is not null).Select(b => b.Actor).Distinct(StringComparer.Ordinal)
            .Select(id => findActor(id) ?? new Actor(id, id, ActorKind.State, string.Empty, null, 0, 0))
            .ToList();
        var lastRound = 0;
        foreach (var style in ActorStyles.For(actors, null, issue.Id))
        {
            var rows = bands.Where(b => b.Actor == style.Actor.Id && b.Median is not null).OrderBy(b => b.Round).ToList();
            var rounds = rows.Select(r => (double)r.Round).ToArray();
            var band = plot.Add.FillY(rounds, rows.Select(r => r.Low!.Value).ToArray(), rows.Select(r => r.High!.Value).ToArray());
            band.FillColor = style.Color.WithOpacity(BandOpacity);
            band.LineWidth = 0;
            var median = plot.Add.Scatter(rounds, rows.Select(r => r.Median!.Value).ToArray(), style.Color);
            median.LineWidth = style.LineWidth;
            median.LinePattern = style.Pattern;
            median.MarkerShape = style.Shape;
            median.MarkerSize = rounds.Length <= 40 ? 8 : 0;
            median.MarkerLineWidth = 1.5f;
            median.LegendText = style.Actor.Name;
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
}
