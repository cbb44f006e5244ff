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
    /// <summary>The article's headline or a short title for the world, if the file gives one.</summary>
    public string? Title { get; init; }

    /// <summary>The article's date as written in the file (ISO 8601 by convention), if given.</summary>
    public string? Date { get; init; }

    /// <summary>True when some value is still a draft (see <see cref="Confidence.Draft"/>): such a world can be shown and reviewed, not run.</summary>
    public bool HasDrafts =>
        Actors.Any(a => a.Undecided.Count > 0) || Issues.Any(i => i.Undecided.Count > 0) || Stances.Any(s => s.Undecided.Count > 0);

    public Actor? FindActor(string id) => Actors.FirstOrDefault(a => a.Id == id);

    public Issue? FindIssue(string id) => Issues.FirstOrDefault(i => i.Id == id);

    public Stance? FindStance(string actor, string issue) =>
        Stances.FirstOrDefault(s => s.Actor == actor && s.Issue == issue);

    /// <summary>
    /// True when <paramref name="member"/> is part of <paramref name="whole"/> through memberOf, at
    /// any depth (a minister of a signatory state is part of the signatories): the whole's weight
    /// already includes the member's.
    /// </summary>
    public bool IsPartOf(string member, string whole)
    {
        var current = FindActor(member)?.MemberOf;
        for (var steps = 0; current is not null && steps < Actors.Count; steps++)
        {
            if (current == whole)
            {
                return true;
            }

            current = FindActor(current)?.MemberOf;
        }

        return false;
    }
}
