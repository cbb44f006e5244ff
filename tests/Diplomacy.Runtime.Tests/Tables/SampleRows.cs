using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tests.Tables;

/// <summary>Rows that exercise what tends to break writers: awkward doubles, quotes, commas, nulls.</summary>
internal static class SampleRows
{
    public static IReadOnlyList<StanceRow> Stances { get; } =
    [
        new("talks-7", 7, 0, "usa", "ceasefire", 0.1 + 0.2),
        new("talks-7", 7, 0, "russia", "ceasefire", 1e-300),
        new("talks-7", 7, 1, "usa", "ceasefire", 100),
        new("talks-7", 7, 1, "ukraine, \"kyiv\"", "territory", 33.333333333333336),
    ];

    private static readonly IReadOnlyList<TermValue> Terms = [new("ceasefire", 40), new("sanctions", 55.5)];

    public static IReadOnlyList<TraceEvent> Trace { get; } =
    [
        new("talks-7", 7, 1, 0, TraceEventType.Proposal, "usa", "russia", null, Terms, null, null, null, null, null),
        new("talks-7", 7, 1, 1, TraceEventType.Answer, "russia", "usa", null, Terms, Decision.Reject, 0.41999999999999998, null, null, new NoteReason("below reservation utility")),
        new("talks-7", 7, 1, 2, TraceEventType.Shock, null, "russia", "ceasefire", null, null, null, 20, 23.456, new NoteReason("concession, line\nbreak")),
    ];
}
