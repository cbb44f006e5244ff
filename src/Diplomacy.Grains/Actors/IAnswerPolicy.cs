using Diplomacy.Contracts.Messages;

namespace Diplomacy.Grains.Actors;

/// <summary>
/// Who answers the proposals put to an actor. The actor's grain first works out everything a person
/// would need to see — the proposal, its utility to the actor, the actor's aspiration and red lines,
/// and what the model would answer — and then asks its policy. A policy may take its time (a person
/// answering in a classroom); the grain waits. Each <see cref="AnswerPolicyKind"/> has one class,
/// made by <see cref="AnswerPolicies"/>.
/// </summary>
public interface IAnswerPolicy
{
    /// <summary>Accept, reject or counter (with counter-terms), and why. Never <see cref="Decision.Undelivered"/>.</summary>
    ValueTask<ProposalAnswer> AnswerAsync(AnswerRequest request);
}

/// <summary>
/// What an answer policy is shown: the proposal (answered in its round), the offer's utility to the
/// actor and its aspiration that round, the actor's stances now with their red lines, and the
/// model's own answer (which the model's policy gives as it is).
/// </summary>
public sealed record AnswerRequest(
    Proposal Proposal,
    double Utility,
    double Aspiration,
    IReadOnlyList<IssueStance> Stances,
    IReadOnlyList<IssuePosition> Positions,
    ProposalAnswer ModelAnswer);
