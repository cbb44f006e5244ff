using System.Globalization;
using System.Text;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Sweeps;

namespace Diplomacy.Runtime.Reports;

/// <summary>One chart of a sweep report: the issue, its parameter set, the SVG to inline and the files beside the report.</summary>
public sealed record FanPlot(int Set, Model.World.Issue Issue, string Svg, string PngFile, string SvgFile);

/// <summary>
/// A sweep's report.html, self-contained like a run's: how likely an agreement is on each issue
/// under each parameter set, where the actors end (median and 90 % band), the fan charts, the
/// failed runs and how to rerun any run alone.
/// </summary>
public static class SweepReport
{
    public static string Render(Sweep sweep, SweepIdentity identity, SweepAggregateView view, IReadOnlyList<FanPlot> plots, IReadOnlyList<SweepRecord> failures, int failed)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(plots);
        ArgumentNullException.ThrowIfNull(failures);
        var html = new StringBuilder();
        Html.Document(html, $"sweep {sweep.Name}", body =>
        {
            body.Append("<h1>Sweep ").Append(Html.Encode(sweep.Name)).Append("</h1>\n");
            if (sweep.Description.Length > 0)
            {
                body.Append("<p>").Append(Html.Encode(sweep.Description)).Append("</p>\n");
            }

            body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">scenario <code>{Html.Encode(sweep.Scenario.Name)}</code> · {sweep.Sets.Count} parameter set(s) × {sweep.Replicates.Count} replicate(s) = {sweep.RunCount} runs · {failed} failed · {UncertaintyText(sweep)}</p>\n");
            body.Append("<p>Any run plays alone, with the same trace, by the command in the <code>rerun</code> column of the runs table; run 1's is</p>\n");
            body.Append("<pre><code>").Append(Html.Encode(RerunCommand.For(sweep, identity, sweep.RunAt(1)))).Append("</code></pre>\n");
            Odds(body, sweep, view);
            FinalBands(body, sweep, view);
            Charts(body, sweep, plots);
            Failures(body, failures, failed);
        });
        return html.ToString();
    }

    private static string UncertaintyText(Sweep sweep) => sweep.Scenario.Uncertainty is { } u
        ? string.Create(CultureInfo.InvariantCulture, $"positions drawn from their confidence (spread: stated {u.Stated}, implied {u.Implied}, assumed {u.Assumed})")
        : "no uncertainty: replicates differ only by seed, which changes no number";

    private static void Odds(StringBuilder body, Sweep sweep, SweepAggregateView view)
    {
        body.Append("<h2>Probability of agreement</h2>\n<p>Share of a set's finished runs in which an agreement settled the issue.</p>\n<table>\n<tr><th>set</th><th>parameters</th>");
        foreach (var issue in sweep.Scenario.Issues)
        {
            body.Append("<th>").Append(Html.Encode(issue)).Append("</th>");
        }

        body.Append("</tr>\n");
        foreach (var set in view.Probabilities.GroupBy(p => p.Set))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{set.Key}</td><td>{Html.Encode(set.First().Parameters)}</td>");
            foreach (var odds in set)
            {
                var text = odds.Probability is { } p ? p.ToString("0%", CultureInfo.InvariantCulture) : "–";
                body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\" title=\"{odds.Agreed} of {odds.Runs} runs\">{text}</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</table>\n");
        if (view.Sets > SweepAggregates.ReportedSets)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>The first {SweepAggregates.ReportedSets} of {view.Sets} sets; the probabilities table holds them all.</p>\n");
        }
    }

    private static void FinalBands(StringBuilder body, Sweep sweep, SweepAggregateView view)
    {
        body.Append("<h2>Final stances</h2>\n<p>Median position after the last round, with the 5 % and 95 % quantiles over the set's runs.</p>\n");
        var last = view.Bands.Count == 0 ? 0 : view.Bands.Max(b => b.Round);
        foreach (var set in view.Bands.Where(b => b.Round == last).GroupBy(b => b.Set))
        {
            body.Append(CultureInfo.InvariantCulture, $"<h3>Set {set.Key}: {Html.Encode(sweep.Sets[set.Key - 1].Label)}</h3>\n<table>\n<tr><th>actor</th>");
            foreach (var issue in sweep.Scenario.Issues)
            {
                body.Append("<th>").Append(Html.Encode(issue)).Append("</th>");
            }

            body.Append("</tr>\n");
            foreach (var actor in set.GroupBy(b => b.Actor))
            {
                body.Append("<tr><td>").Append(Html.Encode(sweep.Scenario.World.FindActor(actor.Key)?.Name ?? actor.Key)).Append("</td>");
                foreach (var issue in sweep.Scenario.Issues)
                {
                    var band = actor.FirstOrDefault(b => b.Issue == issue);
                    body.Append(band?.Median is { } median
                        ? $"<td class=\"num\">{ReportFormat.Position(median)} [{ReportFormat.Position(band.Low)}–{ReportFormat.Position(band.High)}]</td>"
                        : "<td class=\"num\">–</td>");
                }

                body.Append("</tr>\n");
            }

            body.Append("</table>\n");
        }
    }

    private static void Charts(StringBuilder body, Sweep sweep, IReadOnlyList<FanPlot> plots)
    {
        body.Append("<h2>Fan charts</h2>\n");
        if (sweep.Sets.Count > SweepAggregates.ChartedSets)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>Sets 1 to {SweepAggregates.ChartedSets} of {sweep.Sets.Count}; the bands table holds every set's bands.</p>\n");
        }

        foreach (var plot in plots)
        {
            body.Append("<figure>\n").Append(Html.InlineSvg(plot.Svg)).Append('\n');
            body.Append(CultureInfo.InvariantCulture, $"<figcaption>Set {plot.Set}, {Html.Encode(plot.Issue.Title)} (<code>{Html.Encode(plot.Issue.Id)}</code>): <a href=\"{Html.Encode(plot.PngFile)}\">PNG</a> · <a href=\"{Html.Encode(plot.SvgFile)}\">SVG</a></figcaption>\n");
            body.Append("</figure>\n");
        }
    }

    private static void Failures(StringBuilder body, IReadOnlyList<SweepRecord> failures, int failed)
    {
        body.Append("<h2>Failed runs</h2>\n");
        if (failed == 0)
        {
            body.Append("<p>None: every run finished.</p>\n");
            return;
        }

        body.Append("<table>\n<tr><th>run</th><th>set</th><th>seed</th><th>error</th></tr>\n");
        foreach (var failure in failures)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{failure.Run.Number}</td><td class=\"num\">{failure.Run.Set}</td><td class=\"num\">{failure.Run.Seed}</td><td>{Html.Encode(failure.Error)}</td></tr>\n");
        }

        body.Append("</table>\n");
        if (failed > failures.Count)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>The first {failures.Count} of {failed} failed runs; the runs table's <code>error</code> column holds them all.</p>\n");
        }
    }
}
