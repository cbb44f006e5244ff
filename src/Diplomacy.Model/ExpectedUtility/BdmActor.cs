namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// One actor of the expected-utility model on one issue.
/// </summary>
/// <param name="Name">How outputs name the actor.</param>
/// <param name="Capability">Relative power c (non-negative, any scale: only ratios matter).</param>
/// <param name="Position">Where the actor stands on the scale.</param>
/// <param name="Salience">How much the issue matters to the actor, in [0, 1].</param>
public sealed record BdmActor(string Name, double Capability, double Position, double Salience);
