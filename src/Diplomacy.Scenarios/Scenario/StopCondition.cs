namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// A condition, checked after each round, that ends the run early. Closed like
/// <see cref="ScenarioEvent"/>: each kind hands itself to an <see cref="IStopConditionVisitor{T}"/>.
/// </summary>
public abstract record StopCondition
{
    public abstract T Accept<T>(IStopConditionVisitor<T> visitor);
}

/// <summary>One method per kind of stop condition.</summary>
public interface IStopConditionVisitor<out T>
{
    T Agreement(AgreementReached reached);

    T Converge(PositionsConverge converge);

    T NothingMoves(NothingMoves still);
}

/// <summary>Stop once terms on <paramref name="Issue"/> have been agreed between any two actors.</summary>
public sealed record AgreementReached(string Issue) : StopCondition
{
    public override T Accept<T>(IStopConditionVisitor<T> visitor) => visitor.Agreement(this);
}

/// <summary>
/// Stop once all listed actors (or all actors, when empty) are within <paramref name="Spread"/>
/// of each other on <paramref name="Issue"/>.
/// </summary>
public sealed record PositionsConverge(string Issue, double Spread, IReadOnlyList<string> Actors) : StopCondition
{
    public override T Accept<T>(IStopConditionVisitor<T> visitor) => visitor.Converge(this);
}

/// <summary>Stop once no stance moved by more than <paramref name="Tolerance"/> in a round.</summary>
public sealed record NothingMoves(double Tolerance) : StopCondition
{
    public override T Accept<T>(IStopConditionVisitor<T> visitor) => visitor.NothingMoves(this);
}
