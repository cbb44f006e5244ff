namespace Diplomacy.Contracts.Messages;

/// <summary>The kind of offer a forum member takes: none (it stays), confront, compromise or capitulate.</summary>
[GenerateSerializer, Alias("diplomacy.forum-move-kind")]
public enum ForumMoveKind
{
    None,
    Confront,
    Compromise,
    Capitulate,
}
