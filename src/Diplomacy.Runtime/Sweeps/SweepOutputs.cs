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
        var plots = new List<FanPlot>();
        foreach (var set in view.Bands.GroupBy(b => b.Set))
        {
            foreach (var issueId in sweep.Scenario.Issues)
            {
                var issue = sweep.Scenario.World.FindIssue(issueId)!;
                var plot = FanCharts.Fan(issue, $"{sweep.Name}, set {set.Key}: {sweep.Sets[set.Key - 1].Label}", [.. set.Where(b => b.Issue == issueId)], sweep.Scenario.World.FindActor);
                var baseName = $"fan-set{set.Key}-{PlotFiles.Slug(issueId)}";
                var (png, svg) = PlotFiles.Save(plot, Path.Combine(directory, PlotsFolder), baseName);
                plots.Add(new FanPlot(set.Key, issue, File.ReadAllText(svg), $"{PlotsFolder}/{Path.GetFileName(png)}", $"{PlotsFolder}/{Path.GetFileName(svg)}"));
            }
        }

        var report = SweepReport.Render(sweep, identity, view, plots, [.. failures.Take(10)], failed);
        await File.WriteAllTextAsync(Path.Combine(directory, RunOutputs.ReportFile), report, Utf8);
        timings = timings with { OutputsMilliseconds = clock.Elapsed.TotalMilliseconds };
        await File.WriteAllTextAsync(Path.Combine(directory, SweepFolder.ManifestFile), SweepManifest.Create(sweep, identity, failed, timings).ToJson() + "\n", Utf8);
    }
}
