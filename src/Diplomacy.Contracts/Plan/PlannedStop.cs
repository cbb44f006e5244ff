namespace Diplomacy.Contracts.Plan;

/// <summary>
/// A condition, checked after each round, that ends the run early. Closed like
/// <see cref="PlannedEvent"/>: each kind hands itself to an <see cref="IPlannedStopHandler{T}"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-stop")]
public abstract record PlannedStop
{
    public abstract T Accept<T>(IPlannedStopHandler<T> handler);
}

/// <summary>One method per kind of stop condition.</summary>
public interface IPlannedStopHandler<out T>
{
    T Agreement(StopOnAgreement stop);

    T Convergence(StopOnConvergence stop);

    T Stillness(StopWhenStill stop);
}

/// <summary>Stop once terms on <paramref name="Issue"/> have been agreed between any two actors.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.stop-on-agreement")]
public sealed record StopOnAgreement([property: Id(0)] string Issue) : PlannedStop
{
    public override T Accept<T>(IPlannedStopHandler<T> handler) => handler.Agreement(this);
}

/// <summary>Stop once the listed actors (all actors when empty) are within <paramref name="Spread"/> of each other on <paramref name="Issue"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.stop-on-convergence")]
public sealed record StopOnConvergence(
    [property: Id(0)] string Issue,
    [property: Id(1)] double Spread,
    [property: Id(2)] IReadOnlyList<string> Actors) : PlannedStop
{
    public override T Accept<T>(IPlannedStopHandler<T> handler) => handler.Convergence(this);
}

/// <summary>Stop once no stance moved by more than <paramref name="Tolerance"/> in a round.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.stop-when-still")]
public sealed record StopWhenStill([property: Id(0)] double Tolerance) : PlannedStop
{
    public override T Accept<T>(IPlannedStopHandler<T> handler) => handler.Stillness(this);
}
