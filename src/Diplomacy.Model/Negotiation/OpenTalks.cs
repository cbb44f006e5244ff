namespace Diplomacy.Model.Negotiation;

/// <summary>
/// A bilateral exchange still going: <paramref name="Offerer"/>'s counter-offer waits for
/// <paramref name="Answerer"/>, who answers it in the round after the one it was made in.
/// <paramref name="Origin"/> says which proposal opened the talks (the caller's index of it, −1 for
/// none), so whatever the talks lead to can be traced back to it; the protocol only carries it.
/// </summary>
public sealed record OpenTalks(string Offerer, string Answerer, IReadOnlyList<IssueTerm> Terms, int Origin = -1);

/// <summary>Terms two actors agreed on in <paramref name="Round"/>; <paramref name="From"/> made the accepted offer, <paramref name="To"/> accepted it.</summary>
public sealed record AgreedTerms(int Round, string From, string To, IReadOnlyList<IssueTerm> Terms);
