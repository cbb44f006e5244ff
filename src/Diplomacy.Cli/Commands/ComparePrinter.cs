using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>The comparison as plain aligned text: final stances under both scenarios with their difference, then each one's agreements.</summary>
public static class ComparePrinter
{
    public static async Task PrintAsync(TextWriter output, RunHistory first, RunHistory second)
    {
        var rows = StanceDifference.Between(first, second);
        var actorWidth = Math.Max("actor".Length, rows.Max(r => r.Actor.Length));
        var issueWidth = Math.Max("issue".Length, rows.Max(r => r.Issue.Length));
        var firstWidth = Math.Max(6, first.Scenario.Length);
        var secondWidth = Math.Max(6, second.Scenario.Length);
        await output.WriteLineAsync($"Final stances after {first.LastRound} and {second.LastRound} round(s), seed {first.Seed}");
        await output.WriteLineAsync($"  {"actor".PadRight(actorWidth)}  {"issue".PadRight(issueWidth)}  {first.Scenario.PadLeft(firstWidth)}  {second.Scenario.PadLeft(secondWidth)}  difference");
        foreach (var row in rows)
        {
            await output.WriteLineAsync(
                $"  {row.Actor.PadRight(actorWidth)}  {row.Issue.PadRight(issueWidth)}  {ReportFormat.Position(row.First).PadLeft(firstWidth)}  {ReportFormat.Position(row.Second).PadLeft(secondWidth)}  {ReportFormat.Difference(row.Difference),10}");
        }

        await PrintAgreementsAsync(output, first);
        await PrintAgreementsAsync(output, second);
    }

    private static async Task PrintAgreementsAsync(TextWriter output, RunHistory run)
    {
        if (run.Agreements.Count == 0)
        {
            await output.WriteLineAsync($"Agreed under {run.Scenario}: nothing");
            return;
        }

        foreach (var agreement in run.Agreements)
        {
            await output.WriteLineAsync($"Agreed under {run.Scenario} in round {agreement.Round}: {agreement.From} and {agreement.To} on {ReportFormat.Terms(agreement.Terms)}");
        }
    }
}
