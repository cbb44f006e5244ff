using Diplomacy.Contracts;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Telemetry;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// A run submitted to its run grain, seen from the client: follow it into a sink round by round
/// (<see cref="FollowAsync"/>), and step, pause, resume or cancel it. The grain conducts; the client
/// only writes what it is sent, in order.
/// </summary>
public sealed class ConductedRun
{
    private readonly IRunGrain _grain;
    private readonly IReadOnlyList<(string Actor, string Issue)> _stanceOrder;

    internal ConductedRun(IRunGrain grain, RunPlan plan, string runKey)
    {
        _grain = grain;
        Plan = plan;
        RunKey = runKey;
        _stanceOrder = [.. plan.StanceOrder()];
    }

    public RunPlan Plan { get; }

    /// <summary>The run grain's key: the run id with a suffix that keeps runs apart inside the cluster.</summary>
    public string RunKey { get; }

    public Task StepAsync() => ClientRetry.CallAsync(_grain.Step, CancellationToken.None);

    public Task PauseAsync() => ClientRetry.CallAsync(_grain.Pause, CancellationToken.None);

    public Task ResumeAsync() => ClientRetry.CallAsync(_grain.Resume, CancellationToken.None);

    public Task CancelAsync() => ClientRetry.CallAsync(_grain.Cancel, CancellationToken.None);

    /// <summary>Which silo and process conduct the run now.</summary>
    public Task<RunHost> HostAsync() => ClientRetry.CallAsync(_grain.Host, CancellationToken.None);

    /// <summary>
    /// Writes the run's events and stances into <paramref name="sink"/> as its rounds complete, each
    /// round once and in order, until the run finishes; then lets the run go. A run that fails throws
    /// <see cref="RunFailedException"/>; cancelling the token cancels the run.
    /// </summary>
    public async Task<RunResult> FollowAsync(ITraceSink sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var afterRound = -1;
        IReadOnlyList<StanceRow> start = [];
        IReadOnlyList<StanceRow> last = [];
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var progress = await ClientRetry.CallAsync(() => _grain.NextRounds(afterRound), cancellationToken);
                foreach (var round in progress.Rounds.Where(r => r.Round > afterRound).OrderBy(r => r.Round))
                {
                    last = await WriteAsync(round, sink, cancellationToken);
                    start = round.Round == 0 ? last : start;
                    afterRound = round.Round;
                }

                switch (progress.Status)
                {
                    case RunStatus.Finished when progress.Summary is { } summary && afterRound >= summary.RoundsRun:
                        await ClientRetry.CallAsync(_grain.Retire, CancellationToken.None);
                        return new RunResult(Plan.Run, Plan.Seed, Plan.Rounds, summary.RoundsRun, TraceProse.Reason(summary.StoppedBy), start, last, summary.Agreements);
                    case RunStatus.Failed:
                        await ClientRetry.CallAsync(_grain.Retire, CancellationToken.None);
                        throw new RunFailedException($"run {Plan.Run} failed after round {afterRound}: {progress.Failure}");
                    case RunStatus.Cancelled:
                        throw new OperationCanceledException($"run {Plan.Run} was cancelled");
                    default:
                        continue;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CancelAsync();
            throw;
        }
        catch (Exception e) when (e is not (RunFailedException or OperationCanceledException))
        {
            // The client cannot go on (a sink failed: a full disk, say): the run must not play on without it.
            await TryCancelAsync();
            throw;
        }
    }

    private async Task TryCancelAsync()
    {
        try
        {
            await _grain.Cancel();
        }
        catch (Exception)
        {
            // Best effort: the cluster may be what failed.
        }
    }

    private async Task<IReadOnlyList<StanceRow>> WriteAsync(RoundRecord round, ITraceSink sink, CancellationToken cancellationToken)
    {
        await WriteAsync(round.Events, sink, cancellationToken);
        var rows = _stanceOrder.Select((s, i) => new StanceRow(Plan.Run, Plan.Seed, round.Round, s.Actor, s.Issue, round.Positions[i])).ToList();
        await sink.WriteStancesAsync(rows, cancellationToken);
        await WriteAsync(round.Closing, sink, cancellationToken);
        return rows;
    }

    private async Task WriteAsync(IReadOnlyList<TraceEvent> events, ITraceSink sink, CancellationToken cancellationToken)
    {
        foreach (var traceEvent in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DiplomacyTelemetry.Record(traceEvent, Plan.Scenario);
            await sink.WriteEventAsync(traceEvent, cancellationToken);
        }
    }
}

/// <summary>The run grain could not play a round even after replaying it; nothing after the last complete round was written.</summary>
public sealed class RunFailedException(string message) : Exception(message);
