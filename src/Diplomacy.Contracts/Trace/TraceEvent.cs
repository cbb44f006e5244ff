using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Trace;

/// <summary>
/// One line of a run's trace. The fields are exactly the trace schema, in its order; fields that
/// do not apply to an event's type are null. <see cref="Seq"/> is given by the runner in the
/// order it drives the run, so the trace never depends on timing or on how many silos there are.
/// </summary>
/// <param name="Type">shock, proposal, answer, agreement, lapse, move, influence, exclude, include or stop.</param>
[GenerateSerializer, Immutable, Alias("diplomacy.trace-event")]
public sealed record TraceEvent(
    [property: Id(0)] string Run,
    [property: Id(1)] int Seed,
    [property: Id(2)] int Round,
    [property: Id(3)] long Seq,
    [property: Id(4)] string Type,
    [property: Id(5)] string? From,
    [property: Id(6)] string? To,
    [property: Id(7)] string? Issue,
    [property: Id(8)] IReadOnlyList<TermValue>? Terms,
    [property: Id(9)] string? Decision,
    [property: Id(10)] double? Utility,
    [property: Id(11)] double? Before,
    [property: Id(12)] double? After,
    [property: Id(13)] string? Reason);
