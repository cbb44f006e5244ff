namespace Diplomacy.Contracts.Messages;

/// <summary>The run asks an actor to put these terms to <paramref name="To"/>, to be answered in <paramref name="Round"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.propose-order")]
public sealed record ProposeOrder(
    [property: Id(0)] long Epoch,
    [property: Id(1)] int Round,
    [property: Id(2)] string To,
    [property: Id(3)] IReadOnlyList<TermValue> Terms);

/// <summary>A proposal as its recipient receives it, from the proposer's grain.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.proposal-delivery")]
public sealed record ProposalDelivery([property: Id(0)] long Epoch, [property: Id(1)] Proposal Proposal);

/// <summary>The recipient's answer, and its own side's changes when it accepted (empty otherwise).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.received-answer")]
public sealed record ReceivedAnswer(
    [property: Id(0)] ProposalAnswer Answer,
    [property: Id(1)] IReadOnlyList<PositionChange> Committed);

/// <summary>
/// How one exchange went, as the proposer reports it to the run: the answer, and each side's
/// changes when it was accepted (empty otherwise; a side that holds no stance on a term has no change for it).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.exchange-outcome")]
public sealed record ExchangeOutcome(
    [property: Id(0)] ProposalAnswer Answer,
    [property: Id(1)] IReadOnlyList<PositionChange> ProposerChanges,
    [property: Id(2)] IReadOnlyList<PositionChange> RecipientChanges);
