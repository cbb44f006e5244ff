namespace Diplomacy.Contracts.Messages;

/// <summary>
/// <paramref name="From"/> offers <paramref name="To"/> these terms, to be answered in
/// <paramref name="Round"/>: a scenario's proposal in the round it is made, a counter-offer in the
/// round after the one it was made in.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.proposal")]
public sealed record Proposal(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] int Round,
    [property: Id(3)] IReadOnlyList<TermValue> Terms);
