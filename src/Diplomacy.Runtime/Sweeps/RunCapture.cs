using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// Keeps one run's stance rows as a <see cref="SweepSeries"/> block, and nothing else of its
/// trace: a sweep's memory must not grow with the trace. Rows must come in the series' order.
/// </summary>
internal sealed class RunCapture(SweepSeries series) : ITraceSink
{
    private readonly double[] _block = new double[series.BlockLength];
    private int _lastRound = -1;

    public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count != series.Stances.Count)
        {
            throw new InvalidOperationException($"a run wrote {rows.Count} stance rows where the sweep expects {series.Stances.Count}");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Actor != series.Stances[i].Actor || row.Issue != series.Stances[i].Issue || row.Round > series.Rounds)
            {
                throw new InvalidOperationException($"stance row {i} of round {row.Round} is {row.Actor} on {row.Issue}; the sweep expects {series.Stances[i].Actor} on {series.Stances[i].Issue}");
            }

            // -0 and +0 are one position; only +0 may reach the outputs.
            _block[series.IndexOf(i, row.Round)] = row.Position == 0 ? 0 : row.Position;
        }

        _lastRound = rows.Count == 0 ? _lastRound : rows[0].Round;
        return ValueTask.CompletedTask;
    }

    /// <summary>The block, with the last round's positions carried to the end when the run stopped early.</summary>
    public double[] Block()
    {
        for (var stance = 0; stance < series.Stances.Count; stance++)
        {
            for (var round = _lastRound + 1; round <= series.Rounds; round++)
            {
                _block[series.IndexOf(stance, round)] = _block[series.IndexOf(stance, _lastRound)];
            }
        }

        return _block;
    }
}
