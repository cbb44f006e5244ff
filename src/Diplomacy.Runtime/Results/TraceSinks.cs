using Diplomacy.Contracts.Trace;

namespace Diplomacy.Runtime.Results;

/// <summary>Several sinks fed one after the other, in the order given.</summary>
public sealed class TraceSinks(params IReadOnlyList<ITraceSink> sinks) : ITraceSink
{
    public async ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
    {
        foreach (var sink in sinks)
        {
            await sink.WriteEventAsync(traceEvent, cancellationToken);
        }
    }

    public async ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
    {
        foreach (var sink in sinks)
        {
            await sink.WriteStancesAsync(rows, cancellationToken);
        }
    }
}
