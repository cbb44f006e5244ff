namespace Diplomacy.Contracts.Trace;

/// <summary>
/// What a scenario event rests on, as the file gives it: the article line (<paramref name="Note"/>)
/// and, for an event the article does not report, why it is a reasonable what-if
/// (<paramref name="Assumption"/>). Passed through as data; every trace event the scenario event
/// causes carries it, and its mark is written at the end of the reason when output is written.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.event-provenance")]
public sealed record EventProvenance([property: Id(0)] string? Note, [property: Id(1)] string? Assumption)
{
    /// <summary>Null when the event has neither (only events built in code).</summary>
    public static EventProvenance? Of(string? note, string? assumption) =>
        note is null && assumption is null ? null : new EventProvenance(note, assumption);

    /// <summary>True when the event is an invented term (a what-if), not the article's.</summary>
    public bool IsAssumed => Assumption is not null;
}
