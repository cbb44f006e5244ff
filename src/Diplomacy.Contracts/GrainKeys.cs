namespace Diplomacy.Contracts;

/// <summary>
/// Grain keys put the run first so that many runs share one cluster without meeting:
/// <c>runKey/actorId</c> for actors and <c>runKey/forum/name</c> for forums.
/// </summary>
public static class GrainKeys
{
    public static string Actor(string runKey, string actorId) => $"{runKey}/{actorId}";

    public static string Forum(string runKey, string forumName) => $"{runKey}/forum/{forumName}";

    /// <summary>The actor or forum id: the part after the last slash.</summary>
    public static string LocalId(string grainKey) => grainKey[(grainKey.LastIndexOf('/') + 1)..];

    /// <summary>The run part: everything before the actor or forum id.</summary>
    public static string RunKey(string grainKey)
    {
        var actorKey = grainKey[..grainKey.LastIndexOf('/')];
        return actorKey.EndsWith("/forum", StringComparison.Ordinal) ? actorKey[..^"/forum".Length] : actorKey;
    }
}
