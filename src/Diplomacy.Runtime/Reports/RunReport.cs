using System.Globalization;
using System.Text;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Reports;

/// <summary>
/// The report of one run as one self-contained HTML file: the stance plots inline as SVG, the
/// final stances, the agreements and the proposal log. It loads nothing from anywhere, so it opens
/// offline and can be mailed as it is.
/// </summary>
public static class RunReport
{
    /// <summary>Past this many proposals and answers the log is cut; the full log is in the trace files.</summary>
    public const int MaxLogRows = 2_000;

    public static string Render(RunHistory run, IReadOnlyList<IssuePlot> plots)
    {
        var html = new StringBuilder();
        Html.Document(html, $"{run.Scenario}: run {run.RunId}", body =>
        {
            body.Append("<h1>").Append(Html.Encode(run.Scenario)).Append("</h1>\n");
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">run <code>{Html.Encode(run.RunId)}</code> · seed {run.Seed} · {run.LastRound} rounds · {run.Actors.Count} actors · {run.Issues.Count} issues · {run.Agreements.Count} agreements</p>\n");
            ReportSections.Plots(body, "Stance trajectories", plots);
            ReportSections.FinalStances(body, run);
            ReportSections.Agreements(body, "Agreements", run);
            FromAssumptions(body, run);
            ProposalLog(body, run);
        });
        return html.ToString();
    }

    // Which moves an analyst should not read as the article's story: those caused by invented terms.
    private static void FromAssumptions(StringBuilder body, RunHistory run)
    {
        body.Append("<h2>Moves from invented terms</h2>\n");
        if (run.FromAssumptions.Count == 0)
        {
            body.Append("<p>No stance moved because of an assumed event: every offer, shock and sitting that moved one rests on the article.</p>\n");
            return;
        }

        body.Append("<p>These stances moved because of scenario events the article does not report (offers, shocks or sittings marked <code>assumption</code> in the scenario). The reason ends with the assumption.</p>\n");
        body.Append("<table>\n<tr><th>round</th><th>seq</th><th>event</th><th>actor</th><th>issue</th><th>before</th><th>after</th><th>reason</th></tr>\n");
        foreach (var row in run.FromAssumptions.Take(MaxLogRows))
        {
            var actor = row.Type == TraceEventType.Shock ? row.To : row.From;
            body.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{row.Round}</td><td class=\"num\">{row.Seq}</td><td>{Html.Encode(TraceProse.Type(row))}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td>{Html.Encode(run.ActorName(actor ?? ""))}</td><td>{Html.Encode(row.Issue)}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{ReportFormat.Position(row.Before)}</td><td class=\"num\">{ReportFormat.Position(row.After)}</td><td>{Html.Encode(TraceProse.Reason(row))}</td></tr>\n");
        }

        body.Append("</table>\n");
    }

    private static void ProposalLog(StringBuilder body, RunHistory run)
    {
        body.Append("<h2>Proposal log</h2>\n");
        if (run.Exchanges.Count == 0)
        {
            body.Append("<p>No proposals were made.</p>\n");
            return;
        }

        body.Append("<table>\n<tr><th>round</th><th>seq</th><th>event</th><th>from</th><th>to</th><th>terms</th><th>decision</th><th>utility</th><th>reason</th></tr>\n");
        foreach (var row in run.Exchanges.Take(MaxLogRows))
        {
            var accepted = row.Decision == Decision.Accept;
            body.Append(accepted ? "<tr class=\"accept\">" : "<tr>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{row.Round}</td><td class=\"num\">{row.Seq}</td><td>{Html.Encode(TraceProse.Type(row))}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td>{Html.Encode(run.ActorName(row.From ?? ""))}</td><td>{Html.Encode(run.ActorName(row.To ?? ""))}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td>{Html.Encode(ReportFormat.Terms(row.Terms ?? []))}</td><td>{Html.Encode(TraceProse.Decision(row))}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{ReportFormat.Utility(row.Utility)}</td><td>{Html.Encode(TraceProse.Reason(row))}</td></tr>\n");
        }

        body.Append("</table>\n");
        if (run.Exchanges.Count > MaxLogRows)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>The first {MaxLogRows} of {run.Exchanges.Count} entries; the trace files hold them all.</p>\n");
        }
    }
}
