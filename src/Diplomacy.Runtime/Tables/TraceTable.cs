namespace Diplomacy.Runtime.Tables;

/// <summary>The <c>trace</c> table: every event of a run in <c>seq</c> order. Documented in docs/trace-schema.md.</summary>
public static class TraceTable
{
    public const string Name = "trace";

    public static TableSchema<TraceRow> Schema { get; } = new(Name,
    [
        new("run", ColumnType.Text, false, "run id (scenario name and seed)", r => r.Run),
        new("seed", ColumnType.Int32, false, "seed the run used", r => r.Seed),
        new("round", ColumnType.Int32, false, "round the event happened in (1-based)", r => r.Round),
        new("seq", ColumnType.Int64, false, "position of the event in the run; strictly increasing, no gaps", r => r.Seq),
        new("type", ColumnType.Text, false, "event type (proposal, answer, shift, shock, ...)", r => r.Type),
        new("from", ColumnType.Text, true, "actor who acts: proposer, answerer, or the actor whose stance moves", r => r.From),
        new("to", ColumnType.Text, true, "actor acted upon: recipient of a proposal or answer", r => r.To),
        new("issue", ColumnType.Text, true, "issue of a single-issue event (a stance shift)", r => r.Issue),
        new("terms", ColumnType.Text, true, "proposed terms as a JSON object from issue id to position, in proposal order", r => r.Terms),
        new("decision", ColumnType.Text, true, "answer to a proposal (accept, reject, counter)", r => r.Decision),
        new("utility", ColumnType.Double, true, "utility of the terms to the deciding actor, in [0, 1]", r => r.Utility),
        new("before", ColumnType.Double, true, "position before a stance change", r => r.Before),
        new("after", ColumnType.Double, true, "position after a stance change", r => r.After),
        new("reason", ColumnType.Text, true, "why: the model or event that caused it", r => r.Reason),
    ]);
}
