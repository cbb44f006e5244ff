using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Trace;

/// <summary>
/// The words outputs use for the trace's enums (trace.jsonl, the tables, the screen, span
/// attributes): lower-case, as docs/trace-schema.md lists them. Reasons are worded elsewhere, at the
/// output edge (<c>Diplomacy.Runtime.Results.TraceProse</c>).
/// </summary>
public static class TraceNames
{
    public static string Of(TraceEventType type) => type switch
    {
        TraceEventType.Shock => "shock",
        TraceEventType.Proposal => "proposal",
        TraceEventType.Answer => "answer",
        TraceEventType.Agreement => "agreement",
        TraceEventType.Lapse => "lapse",
        TraceEventType.Move => "move",
        TraceEventType.Influence => "influence",
        TraceEventType.Exclude => "exclude",
        TraceEventType.Include => "include",
        TraceEventType.Stop => "stop",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a trace event type"),
    };

    public static string Of(Decision decision) => decision switch
    {
        Decision.Accept => "accept",
        Decision.Reject => "reject",
        Decision.Counter => "counter",
        Decision.Undelivered => "undelivered",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "not a decision"),
    };

    public static string Of(ForumMoveKind kind) => kind switch
    {
        ForumMoveKind.None => "none",
        ForumMoveKind.Confront => "confront",
        ForumMoveKind.Compromise => "compromise",
        ForumMoveKind.Capitulate => "capitulate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a move kind"),
    };
}
