using System.Diagnostics;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// Throws the run's output away, counting its events and proposals and noting when each round's
/// stances arrived (the runner hands a round over as soon as the run grain has played it).
/// </summary>
public sealed class CountingSink : ITraceSink
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<TimeSpan> _roundsArrived = [];

    public long Events { get; private set; }

    public long Proposals { get; private set; }

    /// <summary>The time between one round's arrival and the next's, from round 1 on (round 0 is the set-up).</summary>
    public IReadOnlyList<TimeSpan> RoundTimes => [.. _roundsArrived.Zip(_roundsArrived.Skip(1), (before, after) => after - before)];

    public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
    {
        Events++;
        Proposals += traceEvent.Type == Contracts.Trace.TraceEventType.Proposal ? 1 : 0;
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
    {
        _roundsArrived.Add(_clock.Elapsed);
        return ValueTask.CompletedTask;
    }
}
