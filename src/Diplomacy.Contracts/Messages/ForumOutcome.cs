namespace Diplomacy.Contracts.Messages;

/// <summary>
/// What a sitting did: one move per member and issue, issue by issue in sitting order, members in
/// seat order; and the range Δ of every issue the forum has sat on, fixed at its first sitting.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.forum-outcome")]
public sealed record ForumOutcome(
    [property: Id(0)] IReadOnlyList<ForumMove> Moves,
    [property: Id(1)] IReadOnlyList<IssueRange> Ranges);

/// <summary>
/// A member's move on one issue, with the model's reasons: the kind of offer taken, towards whom,
/// and the two expected utilities that decided it (null when it stayed for want of an offer).
/// <paramref name="BeyondRedLine"/> is the model's candidate when the member's red line stopped the
/// move at the line (<paramref name="After"/>), null when the line did not bind.
/// <paramref name="HeldByResolve"/> is the model's candidate when the member's resolve cut the move
/// to <paramref name="MaxStep"/> (docs/models.md §5), both null when it did not.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.forum-move")]
public sealed record ForumMove(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Issue,
    [property: Id(2)] double Before,
    [property: Id(3)] double After,
    [property: Id(4)] ForumMoveKind Kind,
    [property: Id(5)] string? Towards,
    [property: Id(6)] double? ExpectedUtilityOfChallenging,
    [property: Id(7)] double? ExpectedUtilityOfBeingChallenged,
    [property: Id(8)] double RiskExponent,
    [property: Id(9)] double? BeyondRedLine,
    [property: Id(10)] double? HeldByResolve = null,
    [property: Id(11)] double? MaxStep = null);

/// <summary>The expected-utility model's Δ for one issue at one forum: the spread of positions at its first sitting there.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.issue-range")]
public sealed record IssueRange([property: Id(0)] string Issue, [property: Id(1)] double Range);
