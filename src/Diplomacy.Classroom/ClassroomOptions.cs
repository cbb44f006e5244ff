using System.Net;

namespace Diplomacy.Classroom;

/// <summary>Where the classroom listens and what it offers.</summary>
/// <param name="Address">The address to listen on; loopback unless the teacher asks otherwise.</param>
/// <param name="Port">The port; 0 picks a free one (the tests and the benchmark do).</param>
/// <param name="ScenariosFolder">The shipped scenarios the teacher picks from (their worlds beside them, in <c>../seeds</c>).</param>
public sealed record ClassroomOptions(IPAddress Address, int Port, string ScenariosFolder)
{
    public const int DefaultPort = 8080;

    /// <summary>An uploaded scenario is at most this many bytes: a scenario is a few pages of YAML (the 200-round fault-test scenario is 70 KB).</summary>
    public const int UploadLimitBytes = 256 * 1024;

    /// <summary>Rooms open at once; past this a teacher is asked to close one.</summary>
    public int MaxRooms { get; init; } = 200;

    /// <summary>A room with nobody connected for this long is closed and its run cancelled.</summary>
    public TimeSpan IdleRoomLifetime { get; init; } = TimeSpan.FromMinutes(30);

    public bool IsLoopback => IPAddress.IsLoopback(Address);
}
