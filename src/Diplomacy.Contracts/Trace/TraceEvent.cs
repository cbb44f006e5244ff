using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Trace;

/// <summary>
/// One line of a run's trace. The fields are exactly the trace schema, in its order; fields that
/// do not apply to an event's type are null. <see cref="Seq"/> is given by the run in the order it
/// conducts the run, so the trace never depends on timing or on how many silos there are. The type,
/// decision and reason are typed; their words are made only where output is written.
/// <see cref="Basis"/>, the provenance of the scenario event behind it, is written as a mark at the
/// end of the reason (null for events no scenario event caused: influence, stops, run-end lapses).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.trace-event")]
public sealed record TraceEvent(
    [property: Id(0)] string Run,
    [property: Id(1)] int Seed,
    [property: Id(2)] int Round,
    [property: Id(3)] long Seq,
    [property: Id(4)] TraceEventType Type,
    [property: Id(5)] string? From,
    [property: Id(6)] string? To,
    [property: Id(7)] string? Issue,
    [property: Id(8)] IReadOnlyList<TermValue>? Terms,
    [property: Id(9)] Decision? Decision,
    [property: Id(10)] double? Utility,
    [property: Id(11)] double? Before,
    [property: Id(12)] double? After,
    [property: Id(13)] TraceReason? Reason,
    [property: Id(14)] EventProvenance? Basis = null);
