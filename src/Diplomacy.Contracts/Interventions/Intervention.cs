using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Interventions;

/// <summary>
/// Something people do to a run while it plays, through <see cref="IRunGrain.Intervene"/>: a
/// teacher's lever, or a student's proposal. It takes effect at the start of the next round the run
/// plays, in the order received, and is written to the trace there. The set of kinds is closed:
/// each hands itself to the matching method of an <see cref="IInterventionHandler{T}"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.intervention")]
public abstract record Intervention
{
    public abstract T Accept<T>(IInterventionHandler<T> handler);
}

/// <summary>One method per kind of intervention.</summary>
public interface IInterventionHandler<out T>
{
    T Stance(StanceLever lever);

    T Shock(ShockLever lever);

    T Seating(SeatingLever lever);

    T Propose(PersonProposal proposal);
}

/// <summary>Which part of a stance a lever sets.</summary>
[GenerateSerializer, Alias("diplomacy.stance-aspect")]
public enum StanceAspect
{
    /// <summary>The position (0–100); it becomes the actor's own, as an outside event's would.</summary>
    Position,

    /// <summary>How much the issue matters to the actor (0–1).</summary>
    Salience,

    /// <summary>How hard the actor holds its position (0–1).</summary>
    Resolve,
}

/// <summary>The teacher sets <paramref name="Actor"/>'s <paramref name="Aspect"/> on <paramref name="Issue"/> to <paramref name="Value"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.stance-lever")]
public sealed record StanceLever(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Issue,
    [property: Id(2)] StanceAspect Aspect,
    [property: Id(3)] double Value) : Intervention
{
    public override T Accept<T>(IInterventionHandler<T> handler) => handler.Stance(this);
}

/// <summary>The teacher's outside event: <paramref name="Actor"/>'s stance on <paramref name="Issue"/> shifts by <paramref name="Shift"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.shock-lever")]
public sealed record ShockLever(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Issue,
    [property: Id(2)] double Shift) : Intervention
{
    public override T Accept<T>(IInterventionHandler<T> handler) => handler.Shock(this);
}

/// <summary>The teacher lets <paramref name="Actor"/> sit and talk (<paramref name="Included"/>) or excludes it.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.seating-lever")]
public sealed record SeatingLever(
    [property: Id(0)] string Actor,
    [property: Id(1)] bool Included) : Intervention
{
    public override T Accept<T>(IInterventionHandler<T> handler) => handler.Seating(this);
}

/// <summary>The student <paramref name="Student"/>, seated at <paramref name="From"/>, offers <paramref name="To"/> these terms.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.person-proposal")]
public sealed record PersonProposal(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] IReadOnlyList<TermValue> Terms,
    [property: Id(3)] string Student) : Intervention
{
    public override T Accept<T>(IInterventionHandler<T> handler) => handler.Propose(this);
}

/// <summary>Whether the run took the intervention, the round it takes effect in, and if refused, why (in words for the page).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.intervention-receipt")]
public sealed record InterventionReceipt(
    [property: Id(0)] int Round,
    [property: Id(1)] string? Refusal)
{
    public bool Accepted => Refusal is null;
}
