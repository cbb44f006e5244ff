using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>The runs and finals tables of a sweep, open for writing in run order.</summary>
internal sealed class SweepTableWriters(Sweep sweep, SweepIdentity identity, SweepSeries series, ITableWriter<SweepRunRow> runs, ITableWriter<FinalRow> finals)
    : IAsyncDisposable
{
    private bool _closed;

    public static SweepTableWriters Create(Sweep sweep, SweepIdentity identity, SweepSeries series, string directory, TableFormat format) =>
        new(sweep, identity, series, TableWriter.Create(SweepTables.RunsSchema(sweep), format, directory), TableWriter.Create(SweepTables.FinalsSchema, format, directory));

    public async Task WriteAsync(SweepRecord record, double[] block, CancellationToken cancellationToken)
    {
        var run = record.Run;
        await runs.WriteAsync(new SweepRunRow(record, sweep.Sets[run.Set - 1], RerunCommand.For(sweep, identity, run)), cancellationToken);
        if (record.Failed)
        {
            return;
        }

        for (var stance = 0; stance < series.Stances.Count; stance++)
        {
            var key = series.Stances[stance];
            await finals.WriteAsync(new FinalRow(run.Number, key.Actor, key.Issue, block[series.IndexOf(stance, 0)], block[series.IndexOf(stance, series.Rounds)]), cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await runs.DisposeAsync();
        await finals.DisposeAsync();
    }
}
