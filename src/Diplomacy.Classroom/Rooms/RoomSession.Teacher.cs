using Diplomacy.Classroom.Protocol;
using Diplomacy.Classroom.Scenarios;
using Diplomacy.Contracts.Classroom;
using Diplomacy.Contracts.Interventions;
using Diplomacy.Scenarios.Scenario;
using Microsoft.Extensions.Logging;

namespace Diplomacy.Classroom.Rooms;

/// <summary>The teacher's side of a room: Setup, Step, Go, Pause, Reset, the speed, the answer timer and the levers.</summary>
internal sealed partial class RoomSession
{
    public const int DefaultSpeedMilliseconds = 700;
    public const int SlowestSpeedMilliseconds = 5000;

    private readonly SemaphoreSlim _commands = new(1, 1);
    private RoomPlay? _play;
    private ScenarioUpload? _upload;
    private CancellationTokenSource? _go;
    private Task _going = Task.CompletedTask;
    private int _speed = DefaultSpeedMilliseconds;

    /// <summary>Plays an uploaded scenario from now on (the room takes the upload over).</summary>
    public async Task SetupUploadAsync(ScenarioUpload upload)
    {
        await _commands.WaitAsync();
        try
        {
            await SetupAsync(upload.Scenario, upload);
        }
        finally
        {
            _commands.Release();
        }
    }

    private async Task TeacherAsync(Connection teacher, Inbound message)
    {
        await _commands.WaitAsync();
        try
        {
            switch (message.Type)
            {
                case "setup":
                    var name = message.Text("scenario");
                    await SetupAsync(_catalog.Find(name) ?? throw new ProtocolException($"there is no shipped scenario '{name}'"), null);
                    break;
                case "reset":
                    var play = Playing();
                    await SetupAsync(play.Scenario, _upload);
                    break;
                case "step":
                    await StepAsync();
                    break;
                case "go":
                    Go();
                    break;
                case "pause":
                    await StopGoingAsync();
                    break;
                case "speed":
                    _speed = message.Whole("ms") is var ms and >= 0 and <= SlowestSpeedMilliseconds
                        ? ms
                        : throw new ProtocolException($"the speed is 0–{SlowestSpeedMilliseconds} ms between rounds");
                    Broadcast(Status());
                    break;
                case "timer":
                    if ((await _grain.SetAnswerTime(message.Whole("seconds"))).Refusal is { } refusal)
                    {
                        throw new ProtocolException(refusal);
                    }

                    break;
                case "lever":
                    await LeverAsync(teacher, message);
                    break;
                default:
                    throw new ProtocolException($"unknown message '{message.Type}' from the teacher's page");
            }
        }
        finally
        {
            _commands.Release();
        }
    }

    // A new run of the scenario: the old one (if any) is cancelled, the room grain told of the new
    // run (seats at its actors stay taken), and every page starts again from its seeds.
    private async Task SetupAsync(Scenario scenario, ScenarioUpload? upload)
    {
        await StopGoingAsync();
        if (_play is { } old)
        {
            await old.StopAsync();
        }

        if (!ReferenceEquals(upload, _upload))
        {
            _upload?.Dispose();
            _upload = upload;
        }

        var play = await RoomPlay.StartAsync(_client, scenario, Code, upload is not null, Broadcast);
        await _grain.Open(new RoomSetup(play.Run.RunKey, [.. play.Plan.Actors.Select(a => a.Actor)], _view?.AnswerSeconds ?? RoomLimits.DefaultAnswerSeconds));
        _play = play;
        Broadcast(new { type = "setup", scenario = play.View });
        play.Follow(Status, () => Broadcast(Status()));
        Broadcast(Status());
    }

    private async Task StepAsync()
    {
        var play = Playing();
        if (_go is not null)
        {
            throw new ProtocolException("the run is going: press Pause before stepping");
        }

        await play.Run.StepAsync();
    }

    private void Go()
    {
        var play = Playing();
        if (_go is not null)
        {
            return;
        }

        var go = new CancellationTokenSource();
        _go = go;
        _going = GoAsync(play, go);
        Broadcast(Status());
    }

    // One round after another, waiting for each to arrive (a student may be deciding) and then the speed's pause.
    private async Task GoAsync(RoomPlay play, CancellationTokenSource go)
    {
        try
        {
            while (!play.Over && !go.IsCancellationRequested)
            {
                var next = play.Record.LastRound + 1;
                await play.Run.StepAsync();
                await play.WaitForRoundAsync(next, go.Token);
                await Task.Delay(_speed, go.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // Paused, reset or closed.
        }
        catch (Exception e)
        {
            _logger.LogWarning("room {Room}: going failed: {Message}", Code, e.Message);
        }
        finally
        {
            Interlocked.CompareExchange(ref _go, null, go);
            Broadcast(Status());
        }
    }

    private async Task StopGoingAsync()
    {
        if (Interlocked.Exchange(ref _go, null) is { } go)
        {
            await go.CancelAsync();
            await _going;
            go.Dispose();
        }
    }

    private async Task LeverAsync(Connection teacher, Inbound message)
    {
        var play = Playing();
        var kind = message.Text("lever");
        var actor = message.Text("actor");
        Intervention lever = kind switch
        {
            "position" => new StanceLever(actor, message.Text("issue"), StanceAspect.Position, message.Number("value")),
            "salience" => new StanceLever(actor, message.Text("issue"), StanceAspect.Salience, message.Number("value")),
            "resolve" => new StanceLever(actor, message.Text("issue"), StanceAspect.Resolve, message.Number("value")),
            "shock" => new ShockLever(actor, message.Text("issue"), message.Number("value")),
            "exclude" => new SeatingLever(actor, Included: false),
            "include" => new SeatingLever(actor, Included: true),
            _ => throw new ProtocolException($"unknown lever '{kind}' (position, salience, resolve, shock, exclude or include)"),
        };
        var receipt = await play.Run.InterveneAsync(lever);
        if (receipt.Refusal is { } refusal)
        {
            throw new ProtocolException(refusal);
        }

        teacher.Send(new { type = "notice", text = $"{Describe(lever)}: takes effect in round {receipt.Round}" });
    }

    private static string Describe(Intervention lever) => lever switch
    {
        StanceLever stance => $"{stance.Actor}'s {stance.Aspect.ToString().ToLowerInvariant()} on {stance.Issue} to {stance.Value:0.###}",
        ShockLever shock => $"a shock of {shock.Shift:+0.###;-0.###} to {shock.Actor} on {shock.Issue}",
        SeatingLever seating => $"{(seating.Included ? "include" : "exclude")} {seating.Actor}",
        _ => "the lever",
    };

    private RoomPlay Playing() => _play ?? throw new ProtocolException("pick a scenario and press Setup first");

    private object Status()
    {
        var play = _play;
        var status = play switch
        {
            null => "empty",
            { Result: not null } => "finished",
            { Failure: not null } => "failed",
            _ when _go is not null => "going",
            _ => "paused",
        };
        return new
        {
            type = "status",
            status,
            round = play?.Record.LastRound ?? -1,
            rounds = play?.Plan.Rounds ?? 0,
            speedMs = _speed,
            stoppedBy = play?.Result?.StoppedBy,
            failure = play?.Result is null ? play?.Failure : null,
        };
    }

    // What a page is shown when it connects: the scenario, every round so far, the status and the seats.
    private object Welcome(Connection connection)
    {
        var play = _play;
        var (rounds, closing) = play?.Record.Snapshot() ?? ([], []);
        return new
        {
            type = "welcome",
            code = Code,
            role = connection.Role == Role.Teacher ? "teacher" : "student",
            studentKey = connection.Role == Role.Student ? connection.StudentKey : null,
            scenario = play?.View,
            rounds,
            closing,
            status = Status(),
            seats = _view is { } view ? Seats(view) : null,
        };
    }
}
