namespace Diplomacy.Contracts;

/// <summary>
/// Grain keys put the run first so that many runs share one cluster without meeting:
/// <c>runKey</c> for the run, <c>runKey/actorId</c> for actors and <c>runKey/forum/name</c> for forums.
/// A run key is the run id with a fresh suffix (<c>runId@guid</c>), so a repeated run never meets an
/// earlier one's grains; the suffix stays inside the cluster and never reaches the outputs.
/// </summary>
public static class GrainKeys
{
    private const string ForumPart = "/forum/";
    private const char RunSuffix = '@';

    public static string NewRunKey(string runId) => $"{runId}{RunSuffix}{Guid.NewGuid():N}";

    /// <summary>The run id a run key was made from (what outputs and spans name the run by).</summary>
    public static string RunIdOf(string runKey)
    {
        var at = runKey.LastIndexOf(RunSuffix);
        return at > 0 ? runKey[..at] : runKey;
    }

    public static string Actor(string runKey, string actorId) => $"{runKey}/{actorId}";

    public static string Forum(string runKey, string forumName) => $"{runKey}{ForumPart}{forumName}";

    /// <summary>The run an actor belongs to, so that its grain can reach the other actors of the run.</summary>
    public static string RunKeyOfActor(string actorKey, string actorId) =>
        actorKey.EndsWith($"/{actorId}", StringComparison.Ordinal)
            ? actorKey[..^(actorId.Length + 1)]
            : throw new ArgumentException($"'{actorKey}' is not the key of actor '{actorId}'", nameof(actorKey));

    /// <summary>The run a forum belongs to, so the forum can reach its members' grains.</summary>
    public static string RunKeyOfForum(string forumKey)
    {
        var at = forumKey.IndexOf(ForumPart, StringComparison.Ordinal);
        return at > 0 ? forumKey[..at] : throw new ArgumentException($"'{forumKey}' is not a forum key", nameof(forumKey));
    }
}
