using System.Text;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Plots;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>What a sweep writes once every run is in: the aggregate tables, the fan charts (in <c>plots/</c>), report.html and sweep.json.</summary>
internal static class SweepOutputs
{
    public const string PlotsFolder = "plots";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="timings">Everything but the outputs' own time, which is measured here.</param>
    public static async Task WriteAsync(Sweep sweep, SweepIdentity identity, SweepSeries series, SweepJournal journal, string directory, TableFormat format, SweepTimings timings)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var view = await SweepAggregates.WriteAsync(sweep, series, journal, directory, format);
        var failures = journal.Records(1, journal.Completed).Where(r => r.Failed);
        var failed = failures.Count();
        var charts = view.Bands.GroupBy(b => b.Set)
            .SelectMany(set => sweep.Scenario.Issues.Select(issueId => (Set: set.Key, Issue: sweep.Scenario.World.FindIssue(issueId)!, Bands: set.Where(b => b.Issue == issueId).ToList())))
            .ToList();
        var plotsFolder = Path.Combine(directory, PlotsFolder);
        var files = PlotFiles.SaveAll(
            charts.Count,
            i =>
            {
                var (setNumber, issue, bands) = charts[i];
                var plot = FanCharts.Fan(issue, $"{sweep.Name}, set {setNumber}: {sweep.Sets[setNumber - 1].Label}", bands, sweep.Scenario.World.FindActor);
                return (plot, $"fan-set{setNumber}-{PlotFiles.Slug(issue.Id)}");
            },
            plotsFolder);
        var plots = charts.Select((chart, i) => new FanPlot(chart.Set, chart.Issue, File.ReadAllText(files[i].Svg), $"{PlotsFolder}/{Path.GetFileName(files[i].Png)}", $"{PlotsFolder}/{Path.GetFileName(files[i].Svg)}")).ToList();

        var report = SweepReport.Render(sweep, identity, view, plots, [.. failures.Take(10)], failed);
        await File.WriteAllTextAsync(Path.Combine(directory, RunOutputs.ReportFile), report, Utf8);
        timings = timings with { OutputsMilliseconds = clock.Elapsed.TotalMilliseconds };
        await File.WriteAllTextAsync(Path.Combine(directory, SweepFolder.ManifestFile), SweepManifest.Create(sweep, identity, failed, timings).ToJson() + "\n", Utf8);
    }
}
