using System.Collections.Concurrent;
using System.Security.Cryptography;
using Diplomacy.Classroom.Scenarios;
using Microsoft.Extensions.Logging;

namespace Diplomacy.Classroom.Rooms;

/// <summary>
/// The rooms open on this server, by join code. A code is six characters a class can read off a
/// projector (no 0/O or 1/I), drawn at random; rooms nobody has been connected to for a while are
/// closed, and at most <see cref="ClassroomOptions.MaxRooms"/> are open at once.
/// </summary>
internal sealed class RoomRegistry(IClusterClient client, ScenarioCatalog catalog, ClassroomOptions options, ILogger logger) : IAsyncDisposable
{
    public const int CodeLength = 6;

    private const string CodeLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly ConcurrentDictionary<string, RoomSession> _rooms = new(StringComparer.Ordinal);

    /// <summary>A new room, or null when the server already has as many as it allows.</summary>
    public async Task<RoomSession?> OpenAsync()
    {
        await CloseIdleAsync();
        if (_rooms.Count >= options.MaxRooms)
        {
            return null;
        }

        while (true)
        {
            var code = new string([.. Enumerable.Range(0, CodeLength).Select(_ => CodeLetters[RandomNumberGenerator.GetInt32(CodeLetters.Length)])]);
            var session = new RoomSession(code, client, catalog, logger);
            if (_rooms.TryAdd(code, session))
            {
                session.Start();
                return session;
            }
        }
    }

    /// <summary>The room with this code (any case, spaces ignored), or null.</summary>
    public RoomSession? Find(string? code) =>
        code is null ? null : _rooms.GetValueOrDefault(new string([.. code.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant());

    public async Task CloseIdleAsync()
    {
        foreach (var (code, session) in _rooms)
        {
            if (session.IsIdle(options.IdleRoomLifetime) && _rooms.TryRemove(code, out _))
            {
                await session.DisposeAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var code in _rooms.Keys)
        {
            if (_rooms.TryRemove(code, out var session))
            {
                await session.DisposeAsync();
            }
        }
    }
}
