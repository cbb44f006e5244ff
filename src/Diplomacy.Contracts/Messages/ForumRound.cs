namespace Diplomacy.Contracts.Messages;

/// <summary>
/// What a forum computes once per issue and sitting and every seated member shares: positions and
/// saliences in seat order, each seat's slot among the distinct positions, the risk exponents, the
/// range Δ and the variant. Immutable, so in one process Orleans hands every member the same object.
/// The arrays must not be written after the forum builds it.
/// </summary>
/// <param name="CanMove">False when nobody can move (one member, or all at one position).</param>
[GenerateSerializer, Immutable, Alias("diplomacy.forum-round")]
public sealed record ForumRound(
    [property: Id(0)] string Issue,
    [property: Id(1)] ExpectedUtilityVariant Variant,
    [property: Id(2)] double Range,
    [property: Id(3)] IReadOnlyList<string> Actors,
    [property: Id(4)] double[] Positions,
    [property: Id(5)] double[] Saliences,
    [property: Id(6)] int[] Slots,
    [property: Id(7)] double[] Exponents,
    [property: Id(8)] bool CanMove);

/// <summary>
/// One member's share of a forum round: the shared part, its seat, and its slot's two rows of
/// probabilities (of prevailing over each slot, and of each slot prevailing over it) — O(n) to
/// send, where the whole round would be O(m²).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.seat-round")]
public sealed record SeatRound(
    [property: Id(0)] long Epoch,
    [property: Id(1)] ForumRound Round,
    [property: Id(2)] int Seat,
    [property: Id(3)] double[] Outward,
    [property: Id(4)] double[] Inward);
