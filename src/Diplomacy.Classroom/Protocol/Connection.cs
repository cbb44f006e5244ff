using System.Net.WebSockets;
using System.Threading.Channels;

namespace Diplomacy.Classroom.Protocol;

/// <summary>Who is at the other end of a connection.</summary>
internal enum Role
{
    Teacher,
    Student,
}

/// <summary>
/// One page's WebSocket: messages to it are queued and written by one loop, so a slow page never
/// holds up the others; messages from it are read whole, at most <see cref="Inbound.MaxBytes"/>.
/// A student's connection carries the student's key (their seat is held by the key, so a reloaded
/// page keeps it) and name.
/// </summary>
internal sealed class Connection(WebSocket socket, Role role, string studentKey)
{
    // A page that stops reading is dropped rather than allowed to fill the server's memory.
    private const int MaxQueued = 1024;

    private readonly Channel<byte[]> _outbox = Channel.CreateBounded<byte[]>(new BoundedChannelOptions(MaxQueued)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    public Role Role { get; } = role;

    public string StudentKey { get; } = studentKey;

    public string? Name { get; set; }

    /// <summary>The questions already shown on this page.</summary>
    public HashSet<long> QuestionsShown { get; } = [];

    public void Send(byte[] message)
    {
        if (!_outbox.Writer.TryWrite(message) && _outbox.Writer.TryComplete())
        {
            // The page has stopped reading: drop it (its read loop ends, and it may reconnect).
            socket.Abort();
        }
    }

    public void Send(object message) => Send(Json.Bytes(message));

    /// <summary>Writes queued messages until the page goes or the server stops.</summary>
    public async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in _outbox.Reader.ReadAllAsync(cancellationToken))
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The page went; the read loop notices too.
        }
    }

    /// <summary>The next whole message, or null when the page closed (or sent more than a message may hold, or sent binary).</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[Inbound.MaxBytes];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"a message may hold at most {Inbound.MaxBytes} bytes");
                return null;
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (result.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(WebSocketCloseStatus.InvalidMessageType, "messages are JSON text");
                return null;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return buffer[..length];
            }
        }
    }

    public void Complete() => _outbox.Writer.TryComplete();

    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        Complete();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, reason, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
        {
            // Already gone.
        }
    }
}
