namespace Diplomacy.Contracts.Messages;

/// <summary>
/// Move stances to these positions. <paramref name="MovesAnchor"/> is true when the move is the
/// actor's own decision (its forum move) and false when others pull it (influence).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.position-order")]
public sealed record PositionOrder(
    [property: Id(0)] long Epoch,
    [property: Id(1)] IReadOnlyList<TermValue> Positions,
    [property: Id(2)] bool MovesAnchor);
