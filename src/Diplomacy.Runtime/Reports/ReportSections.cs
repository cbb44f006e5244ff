using System.Globalization;
using System.Text;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Reports;

/// <summary>Sections the run report and the comparison report share.</summary>
internal static class ReportSections
{
    public static void Plots(StringBuilder body, string heading, IReadOnlyList<IssuePlot> plots)
    {
        body.Append("<h2>").Append(Html.Encode(heading)).Append("</h2>\n");
        foreach (var plot in plots)
        {
            body.Append("<figure>\n").Append(Html.InlineSvg(plot.Svg)).Append('\n');
            body.Append(CultureInfo.InvariantCulture, $"<figcaption>{Html.Encode(plot.Issue.Title)} (<code>{Html.Encode(plot.Issue.Id)}</code>): <a href=\"{Html.Encode(plot.PngFile)}\">PNG</a> · <a href=\"{Html.Encode(plot.SvgFile)}\">SVG</a></figcaption>\n");
            body.Append("</figure>\n");
        }
    }

    /// <summary>Actors down, issues across: where each actor ended, and how far it moved from where it started.</summary>
    public static void FinalStances(StringBuilder body, RunHistory run)
    {
        body.Append("<h2>Final stances</h2>\n<p>Position after the last round, with the change since the start (round 0).</p>\n<table>\n<tr><th>actor</th>");
        foreach (var issue in run.Issues)
        {
            body.Append("<th>").Append(Html.Encode(issue.Title)).Append("</th>");
        }

        body.Append("</tr>\n");
        foreach (var actor in run.Actors)
        {
            body.Append("<tr><td>").Append(Html.Encode(actor.Name)).Append("</td>");
            foreach (var issue in run.Issues)
            {
                var trajectory = run.Trajectory(actor.Id, issue.Id);
                if (trajectory.Count == 0)
                {
                    body.Append("<td class=\"num\">–</td>");
                    continue;
                }

                var change = trajectory[^1].Position - trajectory[0].Position;
                body.Append(CultureInfo.InvariantCulture, $"<td class=\"num{ChangeClass(change)}\">{ReportFormat.Position(trajectory[^1].Position)} ({ReportFormat.Difference(change)})</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</table>\n");
    }

    public static void Agreements(StringBuilder body, string heading, RunHistory run)
    {
        body.Append("<h2>").Append(Html.Encode(heading)).Append("</h2>\n");
        if (run.Agreements.Count == 0)
        {
            body.Append("<p>No agreement was reached.</p>\n");
            return;
        }

        body.Append("<table>\n<tr><th>round</th><th>between</th><th>terms</th></tr>\n");
        foreach (var agreement in run.Agreements)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{agreement.Round}</td><td>{Html.Encode(run.ActorName(agreement.From))} and {Html.Encode(run.ActorName(agreement.To))}</td><td>{Html.Encode(ReportFormat.Terms(agreement.Terms))}</td></tr>\n");
        }

        body.Append("</table>\n");
    }

    public static string ChangeClass(double change) => change switch
    {
        > 0.05 => " up",
        < -0.05 => " down",
        _ => "",
    };
}
