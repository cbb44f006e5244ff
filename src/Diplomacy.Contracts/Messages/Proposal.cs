namespace Diplomacy.Contracts.Messages;

/// <summary>
/// <paramref name="From"/> offers <paramref name="To"/> these terms in <paramref name="Round"/>.
/// <paramref name="MayCounter"/> is false for a counter-offer's reply, which ends the exchange.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.proposal")]
public sealed record Proposal(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] int Round,
    [property: Id(3)] IReadOnlyList<TermValue> Terms,
    [property: Id(4)] bool MayCounter);
