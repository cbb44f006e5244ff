using System.Diagnostics;
using System.Runtime;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Parameters;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// Runs a sweep on whatever cluster the grain factory reaches: up to <see cref="SweepOptions.Parallel"/>
/// runs at once through <see cref="ScenarioRunner.RunAsync"/>, each committed to the journal and
/// the tables in run order as soon as the runs before it are, then the aggregates, fan charts and
/// report, and the folder renamed into place (docs/sweep-outputs.md). Run again into the same
/// folder after an interruption, it picks up after the last committed run.
/// </summary>
public sealed class SweepRunner(IGrainFactory grains)
{
    /// <summary>The most failures the summary lists; the runs table holds them all.</summary>
    private const int ListedFailures = 10;

    /// <summary>Runs between two full collections (see <see cref="Compact"/>).</summary>
    private const int RunsPerCollection = 500;

    private readonly ScenarioRunner _runner = new(grains);

    public async Task<SweepSummary> RunAsync(Sweep sweep, SweepOptions options, Action<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var startedAt = DateTimeOffset.UtcNow;
        var identity = SweepIdentity.Of(sweep, sweep.Scenario.Rounds, options.Format, options.Traces);
        if (SweepFolder.IsFinished(options.Directory, identity, sweep.File))
        {
            return new SweepSummary(Path.GetFullPath(options.Directory), sweep.RunCount, 0, sweep.RunCount, AlreadyFinished: true, []);
        }

        using var folder = SweepFolder.Open(options.Directory, identity, sweep.File);
        var series = new SweepSeries(sweep.Scenario, identity.Rounds);
        using var journal = SweepJournal.Open(folder.Working, identity, series.BlockLength);
        RunTraceFile.RemoveUnfinished(folder.Working);
        var resumed = journal.Completed;
        var failures = new List<SweepRecord>();
        var failed = 0;
        await using (var tables = SweepTableWriters.Create(sweep, identity, series, folder.Working, options.Format))
        {
            // The tables are made again from the journal, so a resumed sweep's bytes are an uninterrupted one's.
            foreach (var (record, block) in journal.Read(1, journal.Completed))
            {
                await tables.WriteAsync(record, block, cancellationToken);
                Count(record);
            }

            progress?.Invoke(new SweepProgress(journal.Completed, failed, resumed, sweep.RunCount, clock.Elapsed));
            clock.Restart();
            await InOrderExecutor.RunAsync(
                journal.Completed + 1,
                sweep.RunCount,
                options.Parallel,
                window: 4 * options.Parallel,
                (number, token) => RunOneAsync(sweep, series, options, folder.Working, sweep.RunAt(number), token),
                async (_, finished) =>
                {
                    journal.Append(finished.Record, finished.Block);
                    await tables.WriteAsync(finished.Record, finished.Block, cancellationToken);
                    Count(finished.Record);
                    if (journal.Completed % RunsPerCollection == 0)
                    {
                        Compact();
                    }

                    progress?.Invoke(new SweepProgress(journal.Completed, failed, resumed, sweep.RunCount, clock.Elapsed));
                },
                cancellationToken);
        }

        var timings = new SweepTimings(startedAt, options.SiloStart.TotalMilliseconds, clock.Elapsed.TotalMilliseconds, 0, sweep.RunCount - resumed, resumed);
        Compact();
        await SweepOutputs.WriteAsync(sweep, identity, series, journal, folder.Working, options.Format, timings);
        journal.Dispose();
        folder.Publish();
        return new SweepSummary(folder.Target, sweep.RunCount, failed, resumed, AlreadyFinished: false, failures);

        void Count(SweepRecord record)
        {
            if (record.Failed)
            {
                failed++;
                if (failures.Count < ListedFailures)
                {
                    failures.Add(record);
                }
            }
        }
    }

    private async Task<(SweepRecord Record, double[] Block)> RunOneAsync(Sweep sweep, SweepSeries series, SweepOptions options, string working, SweepRun run, CancellationToken cancellationToken)
    {
        Scenarios.Scenario.Scenario scenario;
        try
        {
            scenario = sweep.ScenarioFor(run.Set);
        }
        catch (ParameterConflictException e)
        {
            return (SweepRecord.Failure(run, $"parameter set {run.Set}: {e.Message}"), series.FailedBlock());
        }

        for (var attempt = 1; ; attempt++)
        {
            var capture = new RunCapture(series);
            var trace = options.Traces ? RunTraceFile.Create(working, run.Number) : null;
            try
            {
                ITraceSink sink = trace is null ? capture : new TraceSinks(capture, trace);
                var result = await _runner.RunAsync(scenario, new RunOptions(run.Seed), sink, cancellationToken);
                if (trace is not null)
                {
                    await trace.CompleteAsync();
                }

                return (new SweepRecord(run, result.RoundsRun, result.StoppedBy, result.Agreements, null), capture.Block());
            }
            catch (InputException e)
            {
                // The scenario itself is wrong for this run: trying again would give the same answer.
                return (SweepRecord.Failure(run, OneLine(string.Join("; ", e.Errors.Select(x => x.Message)))), series.FailedBlock());
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A silo lost or a call timed out: the run is run again from the start on fresh grains.
                if (attempt >= options.Attempts)
                {
                    return (SweepRecord.Failure(run, OneLine($"{e.GetType().Name}: {e.Message} (after {attempt} attempts)")), series.FailedBlock());
                }

                // Long enough, in all, to outlast a dead silo being declared dead and its grains moving on.
                await Task.Delay(TimeSpan.FromSeconds(2 << (attempt - 1)), cancellationToken);
            }
            finally
            {
                if (trace is not null)
                {
                    await trace.DisposeAsync();
                }
            }
        }
    }

    /// <summary>
    /// A full, compacting collection. A run's objects live a few hundred milliseconds, long enough
    /// to be promoted to the oldest generation and die there, which the collector lets grow for a
    /// long while: over thousands of runs peak memory crept up with the run count although the live
    /// heap stays near 20 MB. Collecting every few hundred runs, and before the outputs, keeps the
    /// peak flat (docs/sweep-outputs.md, "Memory"); each collection of so small a heap takes
    /// milliseconds, against the tens of seconds the runs between two take.
    /// </summary>
    private static void Compact()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
