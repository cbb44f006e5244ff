namespace Diplomacy.Model.Negotiation;

/// <summary>What an answer does to a bilateral exchange.</summary>
public enum ExchangeStep
{
    /// <summary>Accepted: an agreement, and both sides commit to the terms.</summary>
    Agreed,

    /// <summary>Rejected: the talks end without agreement.</summary>
    Ended,

    /// <summary>Countered: the other side answers the counter-offer next round.</summary>
    CounterOpened,

    /// <summary>Countered, but the next round is past the concession deadline: the talks lapse.</summary>
    Lapsed,
}
