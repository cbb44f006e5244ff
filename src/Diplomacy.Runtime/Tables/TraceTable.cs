using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// The <c>trace</c> table: every event of a run in <c>seq</c> order, the fields of
/// <see cref="TraceEvent"/> with the terms flattened to one JSON text so that CSV and Parquet hold
/// the same flat columns. Documented in docs/trace-schema.md.
/// </summary>
public static class TraceTable
{
    public const string Name = "trace";

    public static TableSchema<TraceEvent> Schema { get; } = new(Name,
    [
        new("run", ColumnType.Text, false, "run id (scenario name and seed)", r => r.Run),
        new("seed", ColumnType.Int32, false, "seed the run used", r => r.Seed),
        new("round", ColumnType.Int32, false, "round the event happened in (1-based)", r => r.Round),
        new("seq", ColumnType.Int64, false, "position of the event in the run; strictly increasing, no gaps", r => r.Seq),
        new("type", ColumnType.Text, false, "shock, proposal, answer, agreement, lapse, move, influence, exclude, include or stop", r => TraceProse.Type(r)),
        new("from", ColumnType.Text, true, "actor who acts: proposer, answerer, agreeing party, forum mover, or influencing actor", r => r.From),
        new("to", ColumnType.Text, true, "actor acted upon: recipient of a proposal or answer, other party, actor moved towards, shocked or influenced", r => r.To),
        new("issue", ColumnType.Text, true, "issue of a single-issue event (shock, agreement, move, influence)", r => r.Issue),
        new("terms", ColumnType.Text, true, "proposed terms as a JSON object from issue id to position, in proposal order", r => TermsJson.Format(r.Terms)),
        new("decision", ColumnType.Text, true, "accept, reject or counter for an answer; undelivered for a proposal to an excluded actor", r => TraceProse.Decision(r)),
        new("utility", ColumnType.Double, true, "answer: utility of the terms to the answerer; move: expected utility of being challenged", r => r.Utility),
        new("before", ColumnType.Double, true, "position before a stance change", r => r.Before),
        new("after", ColumnType.Double, true, "position after a stance change", r => r.After),
        new("reason", ColumnType.Text, true, "why, in words: the model, numbers or scenario note behind the event", r => TraceProse.Reason(r)),
    ]);
}
