using System.Globalization;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// Prints a run as it happens (each round's shocks, proposals, answers, agreements and moves
/// taken, and a line summing up influence) and its final table. A trace sink like the files, so the
/// runner never prints. Every influence step is in the trace; on screen they would drown the rest.
/// </summary>
public sealed class RunPrinter(TextWriter output) : ITraceSink
{
    private const int LargestShifts = 3;

    private readonly List<TraceEvent> _influence = [];
    private int _round = -1;
    private int _fromAssumptions;

    public async ValueTask WriteEventAsync(TraceEvent e, CancellationToken cancellationToken)
    {
        if (e.Type == TraceEventType.Influence)
        {
            _influence.Add(e);
            return;
        }

        // A forum member that took no offer stays where it was: the trace says so, the screen need not.
        if (e.Type == TraceEventType.Move && e.To is null && e.Before == e.After)
        {
            return;
        }

        await FlushInfluenceAsync();
        if (e.Round != _round)
        {
            _round = e.Round;
            await output.WriteLineAsync($"Round {e.Round}");
        }

        // Moves that come from invented terms are starred, so a reader can tell the article's story from the what-if's.
        var assumed = TraceProse.IsAssumed(e);
        if (assumed && e.Before != e.After)
        {
            _fromAssumptions++;
        }

        await output.WriteLineAsync((assumed ? "* " : "  ") + Describe(e));
    }

    // Stances are recorded at the end of every round, after its influence step.
    public async ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken) =>
        await FlushInfluenceAsync();

    public async Task PrintSummaryAsync(RunResult result, string folder)
    {
        await FlushInfluenceAsync();
        await output.WriteLineAsync();
        var stopped = result.StoppedBy is null ? string.Empty : $", stopped: {result.StoppedBy}";
        await output.WriteLineAsync($"Run {result.Run}: {result.RoundsRun} of {result.Rounds} round(s){stopped}");
        var actorWidth = Math.Max("actor".Length, result.Start.Max(r => r.Actor.Length));
        var issueWidth = Math.Max("issue".Length, result.Start.Max(r => r.Issue.Length));
        await output.WriteLineAsync($"  {"actor".PadRight(actorWidth)}  {"issue".PadRight(issueWidth)}  start → end");
        foreach (var (start, end) in result.Start.Zip(result.End))
        {
            var mark = start.Position == end.Position ? string.Empty : $"  ({Signed(end.Position - start.Position)})";
            await output.WriteLineAsync($"  {start.Actor.PadRight(actorWidth)}  {start.Issue.PadRight(issueWidth)}  {Number(start.Position)} → {Number(end.Position)}{mark}");
        }

        await output.WriteLineAsync($"Moved most: {result.MovedMost ?? "nobody moved"}");
        await output.WriteLineAsync(_fromAssumptions == 0
            ? "From invented terms: no stance moved because of an assumed event"
            : $"From invented terms: {_fromAssumptions} stance change(s), starred (*) above; their reasons end with [assumed: …]");
        if (result.Agreements.Count == 0)
        {
            await output.WriteLineAsync("Agreed: nothing");
        }

        foreach (var agreement in result.Agreements)
        {
            await output.WriteLineAsync($"Agreed in round {agreement.Round}: {agreement.From} and {agreement.To} on {Terms(agreement.Terms)}");
        }

        await output.WriteLineAsync($"Output: {folder}");
    }

    private async Task FlushInfluenceAsync()
    {
        if (_influence.Count == 0)
        {
            return;
        }

        var largest = _influence
            .Select((e, order) => (Event: e, Shift: e.After!.Value - e.Before!.Value, Order: order))
            .OrderByDescending(x => Math.Abs(x.Shift))
            .ThenBy(x => x.Order)
            .Take(LargestShifts)
            .Select(x => $"{x.Event.To} on {x.Event.Issue} {Signed(x.Shift)}");
        await output.WriteLineAsync($"  influence {_influence.Count} stance(s) pulled; largest: {string.Join(", ", largest)}");
        _influence.Clear();
    }

    private static string Describe(TraceEvent e)
    {
        var reason = TraceProse.Reason(e);
        var decision = TraceProse.Decision(e);
        return e.Type switch
        {
            TraceEventType.Shock => $"shock     {e.To} on {e.Issue}: {Number(e.Before)} → {Number(e.After)} ({reason})",
            TraceEventType.Proposal => $"propose   {e.From} → {e.To}: {Terms(e.Terms)}{(decision is null ? string.Empty : $" — {decision}: {reason}")}",
            TraceEventType.Answer => $"answer    {e.From} → {e.To}: {decision}{(e.Decision == Decision.Counter ? " with " + Terms(e.Terms) : string.Empty)} ({reason})",
            TraceEventType.Lapse => $"lapse     {e.From} → {e.To}: {Terms(e.Terms)} ({reason})",
            TraceEventType.Agreement => $"agreed    {e.From} on {e.Issue}: {Number(e.Before)} → {Number(e.After)}{(TraceProse.IsAssumed(e) ? " (terms assumed)" : string.Empty)}",
            TraceEventType.Move => $"move      {e.From} on {e.Issue}: {Number(e.Before)} → {Number(e.After)} ({reason})",
            TraceEventType.Exclude or TraceEventType.Include => $"{TraceProse.Type(e),-9} {e.To}: {reason}",
            _ => $"{TraceProse.Type(e),-9} {reason}",
        };
    }

    private static string Terms(IReadOnlyList<TermValue>? terms) =>
        terms is null ? "-" : string.Join(", ", terms.Select(t => $"{t.Issue} {Number(t.Position)}"));

    private static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-";

    private static string Signed(double value) => value.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture);
}
