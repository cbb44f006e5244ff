namespace Diplomacy.Model.Negotiation;

/// <summary>
/// A bilateral exchange still going: <paramref name="Offerer"/>'s counter-offer waits for
/// <paramref name="Answerer"/>, who answers it in the round after the one it was made in.
/// </summary>
public sealed record OpenTalks(string Offerer, string Answerer, IReadOnlyList<IssueTerm> Terms);

/// <summary>Terms two actors agreed on in <paramref name="Round"/>; <paramref name="From"/> made the accepted offer, <paramref name="To"/> accepted it.</summary>
public sealed record AgreedTerms(int Round, string From, string To, IReadOnlyList<IssueTerm> Terms);
