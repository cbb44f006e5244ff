namespace Diplomacy.Model.Dynamics;

/// <summary>A forum move after <see cref="ResolveBound.Bound"/>.</summary>
/// <param name="Position">Where the actor moves to.</param>
/// <param name="ModelCandidate">Where the expected-utility model would have moved it.</param>
/// <param name="MaxStep">The largest step its resolve and salience allow in one sitting.</param>
/// <param name="Held">True when the bound cut the model's move short.</param>
public sealed record BoundedMove(double Position, double ModelCandidate, double MaxStep, bool Held);
