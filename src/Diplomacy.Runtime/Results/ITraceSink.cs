using Diplomacy.Contracts.Trace;

namespace Diplomacy.Runtime.Results;

/// <summary>
/// Where a run's events and stances go, in the order the run produces them: files, tables, the
/// console, a progress bar, a recorder for reports. The runner never knows which.
/// </summary>
public interface ITraceSink
{
    ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken);

    ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken);
}
