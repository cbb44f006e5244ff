using System.Globalization;
using System.Text;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Reports;

/// <summary>The what-if in one self-contained HTML page: both runs' trajectories on shared plots, the final stances side by side, and each run's agreements.</summary>
public static class CompareReport
{
    public static string Render(RunHistory first, RunHistory second, IReadOnlyList<IssuePlot> plots)
    {
        var html = new StringBuilder();
        Html.Document(html, $"{first.Scenario} vs {second.Scenario}", body =>
        {
            body.Append("<h1>").Append(Html.Encode(first.Scenario)).Append(" vs ").Append(Html.Encode(second.Scenario)).Append("</h1>\n");
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">seed {first.Seed} · runs <code>{Html.Encode(first.RunId)}</code> ({first.LastRound} rounds) and <code>{Html.Encode(second.RunId)}</code> ({second.LastRound} rounds)</p>\n");
            ReportSections.Plots(body, "Stance trajectories (solid, ●: " + first.Scenario + "; dashed, ○: " + second.Scenario + ")", plots);
            Differences(body, first, second);
            ReportSections.Agreements(body, "Agreements under " + first.Scenario, first);
            ReportSections.Agreements(body, "Agreements under " + second.Scenario, second);
        });
        return html.ToString();
    }

    private static void Differences(StringBuilder body, RunHistory first, RunHistory second)
    {
        body.Append("<h2>Final stances</h2>\n<table>\n<tr><th>actor</th><th>issue</th>");
        body.Append(CultureInfo.InvariantCulture, $"<th>{Html.Encode(first.Scenario)}</th><th>{Html.Encode(second.Scenario)}</th><th>difference</th></tr>\n");
        foreach (var row in StanceDifference.Between(first, second))
        {
            var changeClass = row.Difference is { } d ? ReportSections.ChangeClass(d) : "";
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(row.ActorName)}</td><td>{Html.Encode(row.Issue)}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{ReportFormat.Position(row.First)}</td><td class=\"num\">{ReportFormat.Position(row.Second)}</td><td class=\"num{changeClass}\">{ReportFormat.Difference(row.Difference)}</td></tr>\n");
        }

        body.Append("</table>\n");
    }
}
