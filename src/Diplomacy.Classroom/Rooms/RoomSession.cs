using System.Net.WebSockets;
using System.Security.Cryptography;
using Diplomacy.Classroom.Protocol;
using Diplomacy.Classroom.Scenarios;
using Diplomacy.Contracts;
using Diplomacy.Contracts.Classroom;
using Microsoft.Extensions.Logging;

namespace Diplomacy.Classroom.Rooms;

/// <summary>
/// One classroom on the server: the pages connected to it (the teacher's, the students'), the run
/// it plays now (<see cref="RoomPlay"/>), and its room grain, which it watches for seats and
/// questions. Every message from a page is checked before anything changes: a refused one is
/// answered with an <c>error</c> message and changes nothing. Teacher's commands run one at a time.
/// </summary>
internal sealed partial class RoomSession : IAsyncDisposable
{
    private readonly IClusterClient _client;
    private readonly ScenarioCatalog _catalog;
    private readonly ILogger _logger;
    private readonly IRoomGrain _grain;
    private readonly Lock _lock = new();
    private readonly List<Connection> _connections = [];
    private readonly HashSet<string> _studentKeys = [];
    private readonly CancellationTokenSource _closing = new();
    private Task _watching = Task.CompletedTask;
    private RoomView? _view;
    private DateTimeOffset _idleSince = DateTimeOffset.UtcNow;

    public RoomSession(string code, IClusterClient client, ScenarioCatalog catalog, ILogger logger)
    {
        Code = code;
        TeacherKey = NewKey();
        _client = client;
        _catalog = catalog;
        _logger = logger;
        _grain = client.GetGrain<IRoomGrain>(code);
    }

    public string Code { get; }

    /// <summary>The secret the teacher's page holds; it alone may step the run, pull levers and download.</summary>
    public string TeacherKey { get; }

    /// <summary>True when <paramref name="key"/> is this room's teacher key (compared in constant time).</summary>
    public bool IsTeacher(string? key) =>
        key is not null && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(key), System.Text.Encoding.UTF8.GetBytes(TeacherKey));

    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public void Start() => _watching = WatchAsync(_closing.Token);

    /// <summary>True when no page has been connected for <paramref name="lifetime"/>.</summary>
    public bool IsIdle(TimeSpan lifetime)
    {
        lock (_lock)
        {
            return _connections.Count == 0 && DateTimeOffset.UtcNow - _idleSince > lifetime;
        }
    }

    /// <summary>The key a student's page presents, if this room gave it out; otherwise a new one.</summary>
    public string StudentKeyFor(string? presented)
    {
        lock (_lock)
        {
            if (presented is not null && _studentKeys.Contains(presented))
            {
                return presented;
            }

            var key = NewKey();
            _studentKeys.Add(key);
            return key;
        }
    }

    /// <summary>Serves one page until it goes: the room as it is now, then every change, while its messages are handled in turn.</summary>
    public async Task ServeAsync(Connection connection, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        var writing = connection.WriteLoopAsync(stop.Token);
        lock (_lock)
        {
            _connections.Add(connection);
        }

        try
        {
            connection.Send(Welcome(connection));
            if (connection.Role == Role.Student && _view is { } view)
            {
                SendStudent(connection, view);
            }

            while (await connection.ReadAsync(stop.Token) is { } message)
            {
                await HandleAsync(connection, message);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The page went, or the server is stopping.
        }
        finally
        {
            lock (_lock)
            {
                _connections.Remove(connection);
                _idleSince = DateTimeOffset.UtcNow;
            }

            connection.Complete();
            await writing;
            if (connection.Role == Role.Student)
            {
                _ = FreeSeatLaterAsync(connection.StudentKey);
            }
        }
    }

    /// <summary>One of the room's files (see <see cref="RoomFiles"/>), or null when no run has been set up.</summary>
    public async Task<byte[]?> FileAsync(string file, CancellationToken cancellationToken) =>
        _play is { } play ? await RoomFiles.ReadAsync(play, file, cancellationToken) : null;

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        await StopGoingAsync();
        if (_play is { } play)
        {
            await play.StopAsync();
        }

        await TryAsync(_grain.Close);
        _upload?.Dispose();
        await _watching;
    }

    private async Task HandleAsync(Connection connection, byte[] message)
    {
        try
        {
            var inbound = Inbound.Parse(message);
            await (connection.Role == Role.Teacher ? TeacherAsync(connection, inbound) : StudentAsync(connection, inbound));
        }
        catch (ProtocolException e)
        {
            connection.Send(new { type = "error", text = e.Message });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the page's fault: the page hears that something failed, the log hears what.
            _logger.LogError(e, "room {Room}: handling a message failed", Code);
            connection.Send(new { type = "error", text = "the server could not do that just now; try again" });
        }
    }

    private void Broadcast(object message)
    {
        var bytes = Json.Bytes(message);
        foreach (var connection in Connections())
        {
            connection.Send(bytes);
        }
    }

    private List<Connection> Connections()
    {
        lock (_lock)
        {
            return [.. _connections];
        }
    }

    // The room grain says when seats or questions change; every page hears the seats, and each
    // student their own seat and the questions put to it.
    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        var version = -1L;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var view = await _grain.Watch(version);
                if (view.Version == version)
                {
                    continue;
                }

                version = view.Version;
                _view = view;
                Broadcast(Seats(view));
                foreach (var student in Connections().Where(c => c.Role == Role.Student))
                {
                    SendStudent(student, view);
                }
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning("room {Room}: watching the room grain failed ({Message}); trying again", Code, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static object Seats(RoomView view) => new
    {
        type = "seats",
        answerSeconds = view.AnswerSeconds,
        seats = view.Seats.Select(s => new { actor = s.Actor, student = s.Student }),
        questions = view.Questions.Select(q => new
        {
            id = q.Id,
            from = q.Question.Proposal.From,
            actor = q.Question.Proposal.To,
            student = q.Student,
            secondsLeft = SecondsLeft(q),
        }),
    };

    private static int SecondsLeft(OpenQuestion question) =>
        (int)Math.Max(0, Math.Ceiling((question.Deadline - DateTimeOffset.UtcNow).TotalSeconds));

    // A student whose page closed keeps the seat a little while, so a reload or a dropped network does not cost it.
    private async Task FreeSeatLaterAsync(string studentKey)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), _closing.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!Connections().Any(c => c.StudentKey == studentKey))
        {
            await TryAsync(() => _grain.LeaveSeat(studentKey));
        }
    }

    private async Task TryAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning("room {Room}: {Message}", Code, e.Message);
        }
    }
}
