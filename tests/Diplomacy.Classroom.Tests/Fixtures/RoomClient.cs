using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Diplomacy.Classroom.Tests.Fixtures;

/// <summary>
/// A page's side of a room's WebSocket, without a browser: sends the messages a page would (or
/// ones it never would) and reads what the server answers, in order.
/// </summary>
public sealed class RoomClient : IAsyncDisposable
{
    private static readonly HttpClient Http = new();

    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonElement> _inbox = Channel.CreateUnbounded<JsonElement>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _seen = [];
    private Task _reading = Task.CompletedTask;

    public static async Task<(string Code, string Key)> OpenRoomAsync(ClassroomFixture fixture)
    {
        using var response = await Http.PostAsync(new Uri(fixture.Address, "api/rooms"), null);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("code").GetString()!, body.GetProperty("key").GetString()!);
    }

    public static async Task<RoomClient> ConnectAsync(ClassroomFixture fixture, string code, string query)
    {
        var client = new RoomClient();
        var address = new UriBuilder(fixture.Address) { Scheme = "ws", Path = $"/ws/rooms/{code}", Query = query }.Uri;
        await client._socket.ConnectAsync(address, CancellationToken.None);
        client._reading = client.ReadAsync();
        return client;
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message of <paramref name="type"/> that <paramref name="matches"/>, skipping others; fails after 60 s.</summary>
    public async Task<JsonElement> NextAsync(string type, Func<JsonElement, bool>? matches = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (true)
            {
                var message = await _inbox.Reader.ReadAsync(timeout.Token);
                _seen.Add(message.GetRawText());
                if (message.GetProperty("type").GetString() == type && (matches?.Invoke(message) ?? true))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Say what came instead, so a failure explains itself.
            throw new TimeoutException($"no '{type}' message came; the last ones were:\n{string.Join("\n", _seen.TakeLast(8).Select(m => m.Length > 300 ? m[..300] : m))}");
        }
    }

    /// <summary>The next error the server sends.</summary>
    public async Task<string> ErrorAsync() => (await NextAsync("error")).GetProperty("text").GetString()!;

    /// <summary>The next status of the room that says <paramref name="status"/>.</summary>
    public Task<JsonElement> StatusAsync(string status) => NextAsync("status", s => s.GetProperty("status").GetString() == status);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The server went first.
        }

        await _reading;
        _socket.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[1 << 20];
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), _stop.Token);
                    length += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                var message = JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
                await _inbox.Writer.WriteAsync(message);
                if (message.GetProperty("type").GetString() == "round" && message.TryGetProperty("status", out var status))
                {
                    // A round carries the room's status after it; tests wait for either.
                    await _inbox.Writer.WriteAsync(status);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed.
        }
        finally
        {
            _inbox.Writer.TryComplete();
        }
    }
}
