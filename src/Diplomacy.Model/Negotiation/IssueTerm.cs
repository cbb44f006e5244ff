namespace Diplomacy.Model.Negotiation;

/// <summary>One issue's value in an offer, a counter-offer or an agreement, on the issue's 0–100 scale.</summary>
public sealed record IssueTerm(string Issue, double Position);
