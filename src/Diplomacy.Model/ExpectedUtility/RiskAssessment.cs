namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// The global step of a round: every actor's risk exponent, and the quantities every actor's
/// choice then shares, computed once so that each actor's step costs O(n²), not O(n³).
/// </summary>
/// <param name="Exponents">r_i per actor in input order, in [0.5, 2]; all 1 when every actor is in equal danger.</param>
/// <param name="VoteTotal">The Scholz variant's all-pairs vote total under the new exponents
/// (the probability's denominator); NaN for the paper variant, which divides pair by pair.</param>
public sealed record RiskAssessment(IReadOnlyList<double> Exponents, double VoteTotal);
