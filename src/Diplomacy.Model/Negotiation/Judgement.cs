using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Negotiation;

/// <summary>Why an actor answered as it did; the numbers are in <see cref="Judgement"/>.</summary>
public enum JudgementGround
{
    /// <summary>The offer names no issue the actor holds a stance on.</summary>
    NoStanceHeld,

    /// <summary>The offer crosses a red line (<see cref="Judgement.Breach"/>).</summary>
    RedLineCrossed,

    /// <summary>The offer's utility reaches the aspiration of the answering round.</summary>
    AspirationMet,

    /// <summary>The offer's utility falls short of the aspiration: a counter-offer at it.</summary>
    AspirationMissed,
}

/// <summary>
/// An actor's judgement of an offer: the decision, the offer's utility to it, its aspiration in the
/// answering round (round <see cref="Round"/> of <see cref="Deadline"/>), the ground for the decision,
/// the red line crossed if any, and its counter-terms (empty unless it counters). No prose: the
/// words are made where output is written.
/// </summary>
public sealed record Judgement(
    Decision Decision,
    double Utility,
    double Aspiration,
    int Round,
    int Deadline,
    JudgementGround Ground,
    RedLineBreach? Breach,
    IReadOnlyList<IssueTerm> CounterTerms);
