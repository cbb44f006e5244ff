using Diplomacy.Contracts.Trace;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// Where a run's events and stances go, in the order the runner produces them: files, the
/// console, or (later) Parquet and telemetry. The runner never knows which.
/// </summary>
public interface ITraceSink
{
    ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken);

    ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken);
}
