namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// The outcome of one round of the expected-utility model.
/// </summary>
/// <param name="Positions">Every actor's position after the round, in input order.</param>
/// <param name="Moves">What each actor did, in input order.</param>
/// <param name="RiskExponents">The exponents the round's offers were judged with.</param>
/// <param name="Median">The median voter position after the round.</param>
/// <param name="Mean">The capability-and-salience weighted mean position after the round.</param>
public sealed record BdmRound(
    IReadOnlyList<double> Positions,
    IReadOnlyList<BdmMove> Moves,
    IReadOnlyList<double> RiskExponents,
    double Median,
    double Mean);
