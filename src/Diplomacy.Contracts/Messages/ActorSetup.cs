namespace Diplomacy.Contracts.Messages;

/// <summary>Everything an actor grain needs from the seed world and the scenario to play its part.</summary>
/// <param name="MemberOf">The state or organisation the actor belongs to, or null.</param>
/// <param name="Stances">Its seeded stances on the issues in play, in the scenario's issue order.</param>
/// <param name="Beta">Concession exponent of the scenario's tactic (below 1 late, above 1 early).</param>
/// <param name="Deadline">Round by which the concession tactic reaches its reservation value.</param>
/// <param name="Policy">Who answers the proposals put to the actor.</param>
/// <param name="ResolveBounded">True when the actor's resolve and salience bound its forum moves and its ear for influence (docs/models.md §5).</param>
[GenerateSerializer, Immutable, Alias("diplomacy.actor-setup")]
public sealed record ActorSetup(
    [property: Id(0)] string Actor,
    [property: Id(1)] ActorKind Kind,
    [property: Id(2)] string? MemberOf,
    [property: Id(3)] double Capability,
    [property: Id(4)] double Susceptibility,
    [property: Id(5)] IReadOnlyList<IssueStance> Stances,
    [property: Id(6)] double Beta,
    [property: Id(7)] int Deadline,
    [property: Id(8)] AnswerPolicyKind Policy = AnswerPolicyKind.Model,
    [property: Id(9)] bool ResolveBounded = false)
{
    public IssueStance? Find(string issue) => Stances.FirstOrDefault(s => s.Issue == issue);
}

/// <summary>What sort of participant an actor is. One grain type plays them all; the kind is part of its setup.</summary>
[GenerateSerializer, Alias("diplomacy.actor-kind")]
public enum ActorKind
{
    State,
    Organisation,
    Leader,
    Analyst,
}

/// <summary>
/// Who answers the proposals put to an actor. Each value has one class in the grains
/// (<c>Diplomacy.Grains.Actors.AnswerPolicies</c>); a new way of answering is a new value and its class.
/// </summary>
[GenerateSerializer, Alias("diplomacy.answer-policy")]
public enum AnswerPolicyKind
{
    /// <summary>The model's judgement: utility with red lines against the concession tactic's aspiration.</summary>
    Model,
}
