using Diplomacy.Contracts.Trace;

namespace Diplomacy.Contracts.Messages;

/// <summary>
/// The recipient's answer and why: the offer's utility to it, its aspiration this round, and the
/// red line the offer crosses, if any. A counter carries the recipient's own terms. The reason is
/// structured; its words are made only where output is written.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.proposal-answer")]
public sealed record ProposalAnswer(
    [property: Id(0)] Decision Decision,
    [property: Id(1)] double Utility,
    [property: Id(2)] double Aspiration,
    [property: Id(3)] string? RedLineIssue,
    [property: Id(4)] IReadOnlyList<TermValue> CounterTerms,
    [property: Id(5)] TraceReason Reason);
