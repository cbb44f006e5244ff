namespace Diplomacy.Contracts.Messages;

/// <summary>One stance before and after a change.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.position-change")]
public sealed record PositionChange(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Issue,
    [property: Id(2)] double Before,
    [property: Id(3)] double After);
