namespace Diplomacy.Contracts.Messages;

/// <summary>
/// One member's expected-utility choice on one issue: the kind of offer it takes, the seat of the
/// actor whose offer it takes (−1 when it stays), where that leaves it, and the two expected
/// utilities that decided it (null when it stays). When the member's red line stopped the move short,
/// <paramref name="Candidate"/> is the red line's edge and <paramref name="BeyondRedLine"/> the
/// candidate past it (null otherwise). When the member's resolve cut the move short,
/// <paramref name="HeldByResolve"/> is the model's candidate and <paramref name="MaxStep"/> the largest
/// step the member takes in one sitting (both null otherwise).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.move-choice")]
public sealed record MoveChoice(
    [property: Id(0)] ForumMoveKind Kind,
    [property: Id(1)] int TowardsIndex,
    [property: Id(2)] double Candidate,
    [property: Id(3)] double? ExpectedUtilityOfChallenging,
    [property: Id(4)] double? ExpectedUtilityOfBeingChallenged,
    [property: Id(5)] double? BeyondRedLine,
    [property: Id(6)] double? HeldByResolve = null,
    [property: Id(7)] double? MaxStep = null);
