namespace Diplomacy.Contracts.Messages;

/// <summary>Where an actor stands now on every issue it holds a stance on, in scenario issue order.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.actor-snapshot")]
public sealed record ActorSnapshot(
    [property: Id(0)] string Actor,
    [property: Id(1)] double Capability,
    [property: Id(2)] double Susceptibility,
    [property: Id(3)] IReadOnlyList<IssuePosition> Issues)
{
    public IssuePosition? Find(string issue) => Issues.FirstOrDefault(i => i.Issue == issue);
}

/// <summary>
/// One issue's position now, and the actor's own anchor: its position before others' influence
/// (the seed, moved only by the actor's own decisions and by outside shocks).
/// <paramref name="RedLineBroken"/> is true once a shock broke the actor's red line on the issue:
/// the line binds it no more for the rest of the run.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.issue-position")]
public sealed record IssuePosition(
    [property: Id(0)] string Issue,
    [property: Id(1)] double Position,
    [property: Id(2)] double Anchor,
    [property: Id(3)] double Salience,
    [property: Id(4)] bool RedLineBroken = false);
