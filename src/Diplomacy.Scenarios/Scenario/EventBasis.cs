namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// The provenance of a scenario event as the trace writes it, at the end of the reason of every
/// event it causes: <c>[article: NOTE]</c> when the event rests on the article, <c>[assumed:
/// ASSUMPTION]</c> (followed by <c>; article: NOTE</c> when it has both) when it is an invented
/// term. Readers tell the moves that come from invented terms by the <c>[assumed: </c> mark.
/// </summary>
public static class EventBasis
{
    /// <summary>What starts the mark of an event that rests on an assumption.</summary>
    public const string AssumedMark = "[assumed: ";

    /// <summary>What starts the mark of an event that rests on the article alone.</summary>
    public const string ArticleMark = "[article: ";

    /// <summary>The mark of <paramref name="scenarioEvent"/>; empty for an event with neither note nor assumption (only events built in code).</summary>
    public static string Of(ScenarioEvent scenarioEvent)
    {
        ArgumentNullException.ThrowIfNull(scenarioEvent);
        return Mark(scenarioEvent.Note, scenarioEvent.Assumption);
    }

    /// <summary>The mark of an event with this <paramref name="note"/> and <paramref name="assumption"/>; empty when it has neither.</summary>
    public static string Mark(string? note, string? assumption) =>
        (assumption, note) switch
        {
            ({ } assumed, { } article) => $"{AssumedMark}{assumed}; article: {article}]",
            ({ } assumed, null) => $"{AssumedMark}{assumed}]",
            (null, { } article) => $"{ArticleMark}{article}]",
            _ => string.Empty,
        };

    /// <summary><paramref name="reason"/> followed by the mark, with one space between when both are there.</summary>
    public static string? Append(string? reason, string basis) =>
        string.IsNullOrEmpty(reason) ? (basis.Length == 0 ? reason : basis) : basis.Length == 0 ? reason : $"{reason} {basis}";

    /// <summary>True when a trace reason carries the mark of an assumed (invented) event.</summary>
    public static bool IsAssumed(string? reason) => reason?.Contains(AssumedMark, StringComparison.Ordinal) == true;
}
