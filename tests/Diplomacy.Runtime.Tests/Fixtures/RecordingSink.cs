using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>Keeps every event and stance row a run produces, in order.</summary>
public sealed class RecordingSink : ITraceSink
{
    public List<TraceEvent> Events { get; } = [];

    public List<StanceRow> Stances { get; } = [];

    public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
    {
        Events.Add(traceEvent);
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
    {
        Stances.AddRange(rows);
        return ValueTask.CompletedTask;
    }
}
