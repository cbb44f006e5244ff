namespace Diplomacy.Contracts;

/// <summary>
/// Grain keys put the run first so that many runs share one cluster without meeting:
/// <c>runKey/actorId</c> for actors and <c>runKey/forum/name</c> for forums.
/// </summary>
public static class GrainKeys
{
    private const string ForumPart = "/forum/";

    public static string Actor(string runKey, string actorId) => $"{runKey}/{actorId}";

    public static string Forum(string runKey, string forumName) => $"{runKey}{ForumPart}{forumName}";

    /// <summary>The run a forum belongs to, so the forum can reach its members' grains.</summary>
    public static string RunKeyOfForum(string forumKey)
    {
        var at = forumKey.IndexOf(ForumPart, StringComparison.Ordinal);
        return at > 0 ? forumKey[..at] : throw new ArgumentException($"'{forumKey}' is not a forum key", nameof(forumKey));
    }
}
