using Diplomacy.Runtime.Plots;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Reports;

/// <summary>Writes a comparison's combined plots (PNG and SVG per issue) and its report.html into one folder.</summary>
public static class CompareOutputs
{
    /// <returns>The files written, plots first, the report last.</returns>
    public static IReadOnlyList<string> Write(RunHistory first, RunHistory second, string directory)
    {
        IReadOnlyList<Model.World.Issue> issues = [.. first.Issues.Concat(second.Issues.Where(i => first.Issues.All(f => f.Id != i.Id)))];
        var plots = IssuePlot.WriteAll(issues, issue => StancePlots.Comparison(first, second, issue), directory, "compare");
        var report = Path.Combine(directory, RunOutputs.ReportFile);
        File.WriteAllText(report, CompareReport.Render(first, second, plots));
        return IssuePlot.Files(plots, report);
    }
}
