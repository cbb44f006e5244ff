using Diplomacy.Classroom.Protocol;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Classroom.Rooms;

/// <summary>
/// One run of a room, from Setup to Reset: the scenario, the plan its run grain conducts, and the
/// follower that takes each completed round into the room's record and out to every page. The run
/// is stepped; the room's Go loop steps it round after round.
/// </summary>
internal sealed class RoomPlay : ITraceSink
{
    private readonly Action<object> _broadcast;
    private Func<object> _status = () => new { };
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RoomPlay(Scenario scenario, ConductedRun run, ScenarioView view, Action<object> broadcast)
    {
        Scenario = scenario;
        Run = run;
        View = view;
        _broadcast = broadcast;
    }

    public Scenario Scenario { get; }

    public ConductedRun Run { get; }

    public RunPlan Plan => Run.Plan;

    public ScenarioView View { get; }

    public RoomRecord Record { get; } = new();

    /// <summary>How the run ended, once it has; null while it plays.</summary>
    public RunResult? Result { get; private set; }

    public string? Failure { get; private set; }

    public bool Over => Result is not null || Failure is not null;

    public Task Following { get; private set; } = Task.CompletedTask;

    public static async Task<RoomPlay> StartAsync(IClusterClient client, Scenario scenario, string room, bool uploaded, Action<object> broadcast)
    {
        var plan = ClassroomPlan.For(RunPlanner.Plan(scenario, new RunOptions()), room);
        var run = await new ScenarioRunner(client).SubmitAsync(plan);
        var view = ScenarioView.Of(scenario, plan, uploaded, !uploaded && Scenarios.ScenarioCatalog.InfoOf(scenario.Name) is not null);
        return new RoomPlay(scenario, run, view, broadcast);
    }

    /// <summary>
    /// Starts following the run: each round goes to every page with <paramref name="status"/> (the
    /// room's status after it); <paramref name="ended"/> is told when the run is over, however it ends.
    /// </summary>
    public void Follow(Func<object> status, Action ended)
    {
        _status = status;
        Following = Task.Run(async () =>
        {
            try
            {
                Result = await Run.FollowAsync(this, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                Failure = "the run was reset";
            }
            catch (Exception e)
            {
                Failure = e.Message;
            }
            finally
            {
                _arrived.TrySetResult();
                ended();
            }
        });
    }

    /// <summary>Waits until <paramref name="round"/> has arrived or the run is over.</summary>
    public async Task WaitForRoundAsync(int round, CancellationToken cancellationToken)
    {
        while (true)
        {
            // Taken before looking, so a round that arrives in between still wakes this wait.
            var arrived = Volatile.Read(ref _arrived).Task;
            if (Record.LastRound >= round || Over)
            {
                return;
            }

            await arrived.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Cancels the run (its grains let go) and waits for the follower to stop.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Following;
    }

    public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
    {
        if (Record.Add(traceEvent) is { } late)
        {
            _broadcast(new { type = "events", events = new[] { late } });
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
    {
        var round = Record.Complete(rows);
        _broadcast(new { type = "round", round = round.Round, events = round.Events, positions = round.Positions, status = _status() });
        Interlocked.Exchange(ref _arrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        return ValueTask.CompletedTask;
    }
}
