namespace Diplomacy.Contracts.Messages;

/// <summary>
/// One sitting of a forum in a round: who sits (in order; excluded actors already left out), on
/// which issues, and the ranges Δ the forum fixed at earlier sittings (the run keeps them, so the
/// forum grain itself holds nothing a lost silo could take with it).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.forum-sitting")]
public sealed record ForumSitting(
    [property: Id(0)] long Epoch,
    [property: Id(1)] int Round,
    [property: Id(2)] ExpectedUtilityVariant Variant,
    [property: Id(3)] IReadOnlyList<string> Members,
    [property: Id(4)] IReadOnlyList<string> Issues,
    [property: Id(5)] IReadOnlyList<IssueRange> Ranges);
