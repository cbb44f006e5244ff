namespace Diplomacy.Model.World;

/// <summary>
/// The actors, issues, stances and influence ties drawn from one source article. Lists keep
/// file order, which is the order every output uses.
/// </summary>
/// <param name="Article">The article's file name, relative to the world file.</param>
public sealed record SeedWorld(
    string Article,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Issue> Issues,
    IReadOnlyList<Stance> Stances,
    IReadOnlyList<InfluenceTie> Ties)
{
    public Actor? FindActor(string id) => Actors.FirstOrDefault(a => a.Id == id);

    public Issue? FindIssue(string id) => Issues.FirstOrDefault(i => i.Id == id);

    public Stance? FindStance(string actor, string issue) =>
        Stances.FirstOrDefault(s => s.Actor == actor && s.Issue == issue);
}
