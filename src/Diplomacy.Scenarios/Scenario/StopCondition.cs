namespace Diplomacy.Scenarios.Scenario;

/// <summary>A condition, checked after each round, that ends the run early.</summary>
public abstract record StopCondition;

/// <summary>Stop once terms on <paramref name="Issue"/> have been agreed between any two actors.</summary>
public sealed record AgreementReached(string Issue) : StopCondition;

/// <summary>
/// Stop once all listed actors (or all actors, when empty) are within <paramref name="Spread"/>
/// of each other on <paramref name="Issue"/>.
/// </summary>
public sealed record PositionsConverge(string Issue, double Spread, IReadOnlyList<string> Actors) : StopCondition;

/// <summary>Stop once no stance moved by more than <paramref name="Tolerance"/> in a round.</summary>
public sealed record NothingMoves(double Tolerance) : StopCondition;
