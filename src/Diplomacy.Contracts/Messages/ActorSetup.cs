namespace Diplomacy.Contracts.Messages;

/// <summary>Everything an actor grain needs from the seed world and the scenario to play its part.</summary>
/// <param name="Deadline">Round by which the concession tactic reaches its reservation value.</param>
/// <param name="Beta">Concession exponent of the scenario's tactic (below 1 late, above 1 early).</param>
/// <param name="ResolveBounded">True when the actor's resolve and salience bound its forum moves (docs/models.md §5).</param>
[GenerateSerializer, Immutable, Alias("diplomacy.actor-setup")]
public sealed record ActorSetup(
    [property: Id(0)] string Run,
    [property: Id(1)] string Actor,
    [property: Id(2)] double Capability,
    [property: Id(3)] double Susceptibility,
    [property: Id(4)] IReadOnlyList<IssueStance> Stances,
    [property: Id(5)] double Beta,
    [property: Id(6)] int Deadline,
    [property: Id(7)] bool ResolveBounded = false);
