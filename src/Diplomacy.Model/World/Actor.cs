namespace Diplomacy.Model.World;

/// <summary>
/// A participant named in the source article.
/// </summary>
/// <param name="Id">Short stable identifier used in scenarios and traces (for example <c>usa</c>, <c>trump</c>).</param>
/// <param name="Name">Display name as the article writes it.</param>
/// <param name="Kind">State, organisation, leader or analyst.</param>
/// <param name="Role">Office or role (for example "President of the United States").</param>
/// <param name="MemberOf">Id of the state or organisation the actor belongs to, or null.</param>
/// <param name="Capability">Relative power used by the expected-utility model (non-negative).</param>
/// <param name="Susceptibility">Friedkin–Johnsen susceptibility in [0, 1]: 0 never moves by influence, 1 forgets its own start.</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string Role,
    string? MemberOf,
    double Capability,
    double Susceptibility)
{
    /// <summary>Why the capability and susceptibility are what they are (they are always assumed: the article gives no numbers).</summary>
    public string? Assumption { get; init; }

    /// <summary>Outside facts the assumption rests on, named as text (for example "SIPRI Military Expenditure Database, 2025").</summary>
    public string? Source { get; init; }

    /// <summary>Keys of the world file still written <c>draft</c> here (for example <c>capability</c>); their values are placeholders.</summary>
    public IReadOnlyList<string> Undecided { get; init; } = [];
}
