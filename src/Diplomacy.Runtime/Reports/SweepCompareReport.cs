using System.Globalization;
using System.Text;
using Diplomacy.Runtime.Sweeps;

namespace Diplomacy.Runtime.Reports;

/// <summary>The report of two sweeps compared: the probability of agreement per set and issue under each, and the difference.</summary>
public static class SweepCompareReport
{
    public static string Render(string nameA, string nameB, IReadOnlyList<OddsDifference> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var html = new StringBuilder();
        Html.Document(html, $"{nameA} vs {nameB}", body =>
        {
            body.Append("<h1>").Append(Html.Encode(nameA)).Append(" vs ").Append(Html.Encode(nameB)).Append("</h1>\n");
            body.Append("<p class=\"meta\">Probability of agreement on each issue: the share of each sweep's finished runs in which an agreement settled it. B − A in percentage points.</p>\n");
            body.Append("<table>\n<tr><th>parameters</th><th>issue</th><th>A</th><th>B</th><th>B − A</th><th>runs A</th><th>runs B</th></tr>\n");
            foreach (var row in rows)
            {
                body.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Encode(row.Parameters)}</td><td>{Html.Encode(row.Issue)}</td><td class=\"num\">{Percent(row.ProbabilityA)}</td><td class=\"num\">{Percent(row.ProbabilityB)}</td>");
                body.Append(CultureInfo.InvariantCulture, $"<td class=\"num{ReportSections.ChangeClass(100 * (row.Difference ?? 0))}\">{Points(row.Difference)}</td><td class=\"num\">{row.RunsA}</td><td class=\"num\">{row.RunsB}</td></tr>\n");
            }

            body.Append("</table>\n");
        });
        return html.ToString();
    }

    public static string Percent(double? probability) =>
        probability is { } p ? (100 * p).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Points(double? difference) =>
        difference is { } d ? (100 * d).ToString("+0;-0;0", CultureInfo.InvariantCulture) + " pts" : "–";
}
