using System.Diagnostics;
using Diplomacy.Contracts;
using Diplomacy.Contracts.Interventions;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Placement;
using Orleans.Runtime;
using Orleans.Storage;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// Conducts one run inside the cluster (see <see cref="IRunGrain"/>). Its requests only read and
/// signal, so it is reentrant: a client's long poll never holds up a step or a cancel. The rounds
/// themselves are played by a loop of its own (RunGrain.Conduct.cs), which persists the run at
/// every round boundary and publishes a round only once it is persisted. A new activation — after
/// its silo was lost or paused — raises the epoch (an ETag-checked write: if it conflicts, another
/// activation is ahead and this one gives up), restores every actor from the last complete round,
/// and plays on from the next.
/// </summary>
/// <remarks>
/// Placed at random rather than by Orleans' default (resource-optimised, which prefers the silo the
/// request arrives on until load statistics catch up): a sweep submits hundreds of runs through one
/// gateway in a burst, and they should spread over the cluster's silos. A run's actor grains keep the
/// default and so tend to live beside their run grain.
/// </remarks>
[Reentrant]
[RandomPlacement]
public sealed partial class RunGrain(
    [PersistentState("run", RunStorage.Name)] IPersistentState<RunState> state,
    ILogger<RunGrain> logger) : Grain, IRunGrain
{
    /// <summary>A run plays ahead of its client by at most this many unfetched rounds, so a run whose client is gone stops and waits.</summary>
    public const int MaxUnfetchedRounds = 32;

    // How long a poll waits for a round before it returns empty-handed; well under the client's response timeout.
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stopping = new();
    private readonly ChangeSignal _changed = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private Task? _loop;
    private Task? _ending;

    private static readonly TimeSpan EndingWait = TimeSpan.FromSeconds(10);
    private Activity? _runSpan;
    private ActorGrains? _actorGrains;

    private RunState Run => state.State;

    private ActorGrains ActorGrains => _actorGrains ??= new ActorGrains(GrainFactory, this.GetPrimaryKeyString());

    private bool IsLive => Run.Plan is not null && Run.Status is RunStatus.Running or RunStatus.Paused;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (IsLive)
        {
            // Taken over after a fault: whoever conducted before is fenced off by the new epoch.
            Run.Epoch++;
            await WriteStateAsync();
            logger.LogWarning("run {Run} resumed here after round {Round} at epoch {Epoch}", this.GetPrimaryKeyString(), Run.CompletedRound, Run.Epoch);
            _restore = true;
            _loop = ConductAsync();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Stop();
        return Task.CompletedTask;
    }

    public async Task Start(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Run.Plan is { } started)
        {
            if (started.Run != plan.Run || started.Seed != plan.Seed)
            {
                throw new InvalidOperationException($"run grain '{this.GetPrimaryKeyString()}' already conducts run '{started.Run}'");
            }

            return;
        }

        _runSpan = RunSpans.StartRun(plan.Run, plan.Scenario, plan.Seed, plan.Rounds, plan.TraceParent);
        state.State = new RunState
        {
            Plan = plan,
            Status = RunStatus.Running,
            Epoch = 1,
            Paused = plan.Stepped,
            RunSpan = RunSpans.TraceParentOf(_runSpan),
        };
        await WriteStateAsync();
        _restore = true;
        _loop = ConductAsync();
    }

    public async Task<RunProgress> NextRounds(int afterRound)
    {
        if (Run.Plan is null)
        {
            throw new InvalidOperationException($"there is no run '{this.GetPrimaryKeyString()}' (never started, or retired)");
        }

        // Asking for later rounds acknowledges the earlier ones, which frees the run to play on.
        if (Run.Unfetched.RemoveAll(r => r.Round <= afterRound) > 0)
        {
            Signal();
        }

        if (Run.Unfetched.Count == 0 && IsLive)
        {
            await WaitForChangeAsync(PollWait);
        }

        var rounds = Run.Unfetched.Where(r => r.Round > afterRound).ToList();
        var status = Run.Status == RunStatus.Running && Run.Paused && Run.StepsOwed == 0 ? RunStatus.Paused : Run.Status;
        return new RunProgress(status, rounds, Run.Status == RunStatus.Finished ? Run.Summary : null, Run.Failure);
    }

    // Step, pause and resume are stored before they are acknowledged: a run taken over after its
    // silo died must not forget that it was resumed (it would wait for a step nobody sends) or
    // stepped. A store that fails undoes the change, so the client's retry applies it once.
    public Task Step() => ControlAsync(() => Run.StepsOwed++, () => Run.StepsOwed--);

    public Task Pause()
    {
        var was = Run.Paused;
        return ControlAsync(() => Run.Paused = true, () => Run.Paused = was);
    }

    public Task Resume()
    {
        var was = Run.Paused;
        return ControlAsync(() => Run.Paused = false, () => Run.Paused = was);
    }

    private async Task ControlAsync(Action change, Action undo)
    {
        change();
        Signal();
        if (!IsLive)
        {
            return;
        }

        try
        {
            await WriteStateAsync();
        }
        catch (InconsistentStateException)
        {
            // Another activation conducts the run now: this one goes, and the client's retry reaches it.
            undo();
            Stop();
            DeactivateOnIdle();
            throw;
        }
        catch (Exception)
        {
            undo();
            throw;
        }
    }

    // The loop and the control calls interleave (the grain is reentrant): one write at a time keeps
    // each write's ETag the one the previous write returned.
    private async Task WriteStateAsync()
    {
        await _writing.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            _writing.Release();
        }
    }

    // Stored before it is acknowledged, like a step, so a run resumed on another silo still applies
    // it; the receipt names the round that applies it.
    public async Task<InterventionReceipt> Intervene(Intervention intervention)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        var round = Run.CompletedRound + (_roundInPlay ? 2 : 1);
        if (!IsLive || Run.Summary is not null)
        {
            return new InterventionReceipt(round, "the run is over: reset it to play again");
        }

        if (round > Run.Plan!.Rounds)
        {
            return new InterventionReceipt(round, $"the run has no round {round}: it ends after round {Run.Plan.Rounds}");
        }

        if (InterventionRules.Refusal(Run.Plan, intervention) is { } refusal)
        {
            return new InterventionReceipt(round, refusal);
        }

        await ControlAsync(
            () => Run.Interventions.Add(intervention),
            () =>
            {
                // Unless a round took it in the meantime (its commit stores that).
                var at = Run.Interventions.LastIndexOf(intervention);
                if (at >= 0)
                {
                    Run.Interventions.RemoveAt(at);
                }
            });
        return new InterventionReceipt(round, null);
    }

    public Task Cancel()
    {
        if (Run.Plan is not null && Run.Status is not (RunStatus.Finished or RunStatus.Failed))
        {
            Run.Status = RunStatus.Cancelled;
        }

        return Retire();
    }

    // The loop stops, and the grains and the stored state are let go; the call waits for that a
    // little (a client that lets a run go shuts its embedded silo down next, and should not do so
    // under a run still letting go), then returns and the rest goes on in the background. A
    // retried call changes nothing.
    public async Task Retire()
    {
        if (Run.Plan is null)
        {
            DeactivateOnIdle();
            return;
        }

        Stop();
        _ending ??= EndAsync();
        try
        {
            await _ending.WaitAsync(EndingWait);
        }
        catch (TimeoutException)
        {
            // It goes on letting the run go in the background.
        }
    }

    public Task<RunHost> Host() =>
        Task.FromResult(new RunHost(ServiceProvider.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToString(), Environment.ProcessId));

    // Lets the actors and forums go once the loop has stopped, and forgets the run (its stored state is deleted).
    private async Task EndAsync()
    {
        if (_loop is { } loop)
        {
            await loop;
        }

        // A finished run let its grains go when it finished.
        if (Run.Status != RunStatus.Finished)
        {
            await RetireGrainsAsync(Run.Plan!);
        }

        try
        {
            await _writing.WaitAsync();
            try
            {
                await state.ClearStateAsync();
            }
            finally
            {
                _writing.Release();
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "run {Run}: could not delete its stored state", this.GetPrimaryKeyString());
        }

        DeactivateOnIdle();
    }

    private void Stop()
    {
        _stopping.Cancel();
        Signal();
    }

    private void Signal() => _changed.Fire();

    private Task WaitForChangeAsync(TimeSpan timeout) => _changed.WaitAsync(timeout);

    private async Task RetireGrainsAsync(RunPlan plan)
    {
        var runKey = this.GetPrimaryKeyString();
        try
        {
            await Task.WhenAll(plan.Actors.Select(a => ActorGrains.Of(a.Actor).Retire()));
            await Task.WhenAll(plan.Events.OfType<PlannedForum>().Select(f => f.Name).Distinct(StringComparer.Ordinal)
                .Select(name => GrainFactory.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, name)).Retire()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // They hold nothing that outlives them; an idle grain is collected anyway.
            logger.LogWarning(e, "run {Run}: could not retire every grain", runKey);
        }
    }
}
