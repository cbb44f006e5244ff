using Diplomacy.Runtime.Plots;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Reports;

/// <summary>Writes what a finished run shows people: one PNG and one SVG per issue, and report.html, in the run's folder.</summary>
public static class RunOutputs
{
    public const string ReportFile = "report.html";

    /// <returns>The files written, plots first, the report last.</returns>
    public static IReadOnlyList<string> Write(RunHistory run, string directory)
    {
        var plots = IssuePlot.WriteAll(run.Issues, issue => StancePlots.Trajectories(run, issue), directory, "stances");
        var report = Path.Combine(directory, ReportFile);
        File.WriteAllText(report, RunReport.Render(run, plots));
        return IssuePlot.Files(plots, report);
    }
}
