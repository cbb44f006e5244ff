using Diplomacy.Model.World;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Reads actor and issue ids and checks them against the world and the issues in play. When the
/// world could not be loaded (its own errors are reported) or the in-play list is missing, the
/// checks that need them are skipped, so one mistake is reported once and not again at every use.
/// </summary>
internal sealed class WorldReferences(YamlNodeReader reader, SeedWorld? world)
{
    // The ids as written in 'issues', known or not: an unknown one is reported there, once.
    private IReadOnlyList<string>? _inPlay;

    public SeedWorld? World => world;

    public IReadOnlyList<string> InPlay => _inPlay ?? [];

    /// <summary>Reads the 'issues' list: each a world issue, none repeated.</summary>
    public IReadOnlyList<string> ReadIssuesInPlay(IReadOnlyList<YamlNode> items, YamlNode listNode)
    {
        if (items.Count == 0)
        {
            reader.Report(listNode, "'issues' must list at least one issue in play");
        }

        var ids = new List<string>();
        foreach (var item in items)
        {
            // Null tests rather than 'is not { } id' in this file's loops: see Distinct.
            var id = reader.String(item, "an issue in 'issues'");
            if (id is null)
            {
                continue;
            }

            if (ids.Contains(id, StringComparer.Ordinal))
            {
                reader.Report(item, $"issue '{id}' is listed twice in 'issues'");
                continue;
            }

            if (world is not null && world.FindIssue(id) is null)
            {
                reader.Report(item, $"unknown issue '{id}'{Suggest(id, world.Issues.Select(i => i.Id))}");
            }

            ids.Add(id);
        }

        _inPlay = ids;
        return ids;
    }

    /// <summary>An actor id the world defines; null, after reporting, otherwise.</summary>
    public string? Actor(YamlNode node, string what)
    {
        var id = reader.String(node, what);
        if (id is null)
        {
            return null;
        }

        if (world is not null && world.FindActor(id) is null)
        {
            reader.Report(node, $"unknown actor '{id}' in {what}{Suggest(id, world.Actors.Select(a => a.Id))}");
            return null;
        }

        return id;
    }

    /// <summary>
    /// An actor that takes part in the play (proposes, is proposed to, sits at a forum): it must
    /// hold a stance on at least one issue in play, or it would have nothing to say or weigh.
    /// </summary>
    public string? Participant(YamlNode node, string what)
    {
        // With an unknown issue in play (reported at 'issues') the actor may have meant that one.
        var id = Actor(node, what);
        if (id is null || world is null || _inPlay is null || _inPlay.Any(issue => world.FindIssue(issue) is null))
        {
            return id;
        }

        var held = world.Stances.Where(s => s.Actor == id).Select(s => s.Issue).ToList();
        if (held.Any(issue => _inPlay.Contains(issue, StringComparer.Ordinal)))
        {
            return id;
        }

        var instead = held.Count == 0 ? "none at all" : string.Join(", ", held);
        reader.Report(node, $"'{id}' in {what} holds no stance on any issue in play (its stances: {instead}); put one of its issues in play or choose another actor");
        return null;
    }

    /// <summary>An issue id listed in 'issues'; null, after reporting, otherwise.</summary>
    public string? IssueInPlay(YamlNode node, string what)
    {
        var id = reader.String(node, what);
        if (id is null)
        {
            return null;
        }

        if (_inPlay is null || _inPlay.Contains(id, StringComparer.Ordinal))
        {
            return id;
        }

        if (world is not null && world.FindIssue(id) is null)
        {
            reader.Report(node, $"unknown issue '{id}' in {what}{Suggest(id, world.Issues.Select(i => i.Id))}");
        }
        else
        {
            reader.Report(node, $"issue '{id}' in {what} is not in play; add it to 'issues' (in play: {string.Join(", ", _inPlay)})");
        }

        return null;
    }

    /// <summary>A list of distinct actors, at least <paramref name="minimum"/> of them.</summary>
    public IReadOnlyList<string> Actors(YamlNode node, string what, int minimum) =>
        Distinct(node, what, minimum, "actor", Actor);

    /// <summary>A list of distinct <see cref="Participant"/>s, at least <paramref name="minimum"/> of them.</summary>
    public IReadOnlyList<string> Participants(YamlNode node, string what, int minimum) =>
        Distinct(node, what, minimum, "actor", Participant);

    /// <summary>A list of distinct issues in play, at least one.</summary>
    public IReadOnlyList<string> Issues(YamlNode node, string what) =>
        Distinct(node, what, 1, "issue", IssueInPlay);

    private List<string> Distinct(YamlNode node, string what, int minimum, string noun, Func<YamlNode, string, string?> readOne)
    {
        var ids = new List<string>();
        var items = reader.Sequence(node, what);
        if (items is null)
        {
            return ids;
        }

        if (items.Count < minimum)
        {
            var needed = minimum == 1 ? $"at least one {noun}" : $"at least {minimum} {noun}s";
            reader.Report(node, $"{what} must list {needed}; got {items.Count}");
        }

        foreach (var item in items)
        {
            // A plain null test, not 'is not { } id': with the pattern, removing the 'continue'
            // leaves id unassigned and Stryker cannot compile the method's mutants.
            var id = readOne(item, what);
            if (id is null)
            {
                continue;
            }

            if (ids.Contains(id, StringComparer.Ordinal))
            {
                reader.Report(item, $"{noun} '{id}' is listed twice in {what}");
                continue;
            }

            ids.Add(id);
        }

        return ids;
    }

    private static string Suggest(string id, IEnumerable<string> known)
    {
        var candidates = known.ToList();
        var nearMiss = EditDistance.DidYouMean(id, candidates);
        return nearMiss.Length > 0 ? nearMiss : $"; the world defines {string.Join(", ", candidates)}";
    }
}
