using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Reads the 'events' list. Each item holds a round and exactly one kind of event; checks that
/// span events (who is excluded when, forum names within a round) run once all are read.
/// </summary>
internal sealed class ScenarioEventReader(YamlNodeReader reader, WorldReferences references, int? rounds)
{
    private readonly ExclusionTimeline _exclusions = new(reader);
    private readonly List<(int Round, string Name, YamlNode Node)> _forums = [];

    public IReadOnlyList<ScenarioEvent> Read(IReadOnlyList<YamlNode> items)
    {
        var events = new List<ScenarioEvent>();
        foreach (var item in items)
        {
            if (ReadOne(item) is { } scenarioEvent)
            {
                events.Add(scenarioEvent);
            }
        }

        _exclusions.Check();
        CheckForumNames();
        return events;
    }

    private ScenarioEvent? ReadOne(YamlNode item)
    {
        if (reader.Mapping(item, "an event", ScenarioKeys.Event) is not { } mapping)
        {
            return null;
        }

        var round = mapping.RequiredInt("round", 1, rounds ?? ScenarioLimits.MaxRounds);
        var note = mapping.OptionalString("note");
        if (KindKeys.Single(mapping, ScenarioKeys.EventKinds, "an event", "split it into two events") is not { } kind)
        {
            return null;
        }

        if (mapping.Required(kind) is not { } body)
        {
            return null;
        }

        var location = reader.Locate(item);
        var scenarioEvent = kind switch
        {
            "propose" => ReadPropose(body, round, location),
            "shock" => ReadShock(body, round, location),
            "exclude" => ReadExclusion(body, round, location, exclude: true),
            "include" => ReadExclusion(body, round, location, exclude: false),
            "forum" => ReadForum(body, round, location),
            _ => throw new InvalidOperationException($"event kind '{kind}' is listed in {nameof(ScenarioKeys)}.{nameof(ScenarioKeys.EventKinds)} but has no reader"),
        };
        return scenarioEvent is null ? null : scenarioEvent with { Note = note };
    }

    private ProposeEvent? ReadPropose(YamlNode body, int? round, SourceLocation location)
    {
        if (reader.Mapping(body, "'propose'", ScenarioKeys.Propose) is not { } propose)
        {
            return null;
        }

        var from = propose.Required("from") is { } fromNode ? references.Participant(fromNode, "'from' of 'propose'") : null;
        var toNode = propose.Required("to");
        var to = toNode is null ? null : references.Participant(toNode, "'to' of 'propose'");
        if (from is not null && from == to)
        {
            reader.Report(toNode!, $"'{from}' cannot propose to itself: 'from' and 'to' must be different actors");
        }

        var terms = propose.Required("terms") is { } termsNode ? ReadTerms(termsNode) : null;
        return round is { } r && from is not null && to is not null && from != to && terms is not null
            ? new ProposeEvent(r, location, from, to, terms)
            : null;
    }

    private List<Term>? ReadTerms(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            reader.Report(node, $"'terms' of 'propose' must be a mapping of issue: position; got {YamlNodeReader.Describe(node)}");
            return null;
        }

        if (mapping.Children.Count == 0)
        {
            reader.Report(node, "'terms' of 'propose' must offer a position on at least one issue");
            return null;
        }

        var terms = new List<Term>();
        var complete = true;
        foreach (var (key, value) in mapping.Children)
        {
            var issue = references.IssueInPlay(key, "'terms' of 'propose'");
            var position = reader.Double(value, $"the term on '{(key as YamlScalarNode)?.Value}'", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
            if (issue is null || position is null)
            {
                complete = false;
                continue;
            }

            terms.Add(new Term(issue, position.Value));
        }

        return complete ? terms : null;
    }

    private ShockEvent? ReadShock(YamlNode body, int? round, SourceLocation location)
    {
        if (reader.Mapping(body, "'shock'", ScenarioKeys.Shock) is not { } shock)
        {
            return null;
        }

        var actor = shock.Required("actor") is { } actorNode ? references.Actor(actorNode, "'actor' of 'shock'") : null;
        var issue = shock.Required("issue") is { } issueNode ? references.IssueInPlay(issueNode, "'issue' of 'shock'") : null;
        var set = shock.OptionalDouble("set", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        var shift = shock.OptionalDouble("shift", -ScenarioLimits.MaxShift, ScenarioLimits.MaxShift);
        if (shock.Has("set") && shock.Has("shift"))
        {
            reader.Report(shock.KeyLocation("shift"), "a shock gives 'set' (a position) or 'shift' (an amount), not both");
            return null;
        }

        if (!shock.Has("set") && !shock.Has("shift"))
        {
            reader.Report(shock.Node, "a shock needs 'set' (a position, 0 to 100) or 'shift' (an amount, -100 to 100)");
            return null;
        }

        if (actor is not null && issue is not null && references.World is { } world
            && world.FindIssue(issue) is not null && world.FindStance(actor, issue) is null)
        {
            reader.Report(shock.LocationOf("actor"), $"'{actor}' holds no stance on '{issue}' in the world file, so there is nothing to shock");
            return null;
        }

        return round is { } r && actor is not null && issue is not null && (set is not null || shift is not null)
            ? new ShockEvent(r, location, actor, issue, set, shift)
            : null;
    }

    private ScenarioEvent? ReadExclusion(YamlNode body, int? round, SourceLocation location, bool exclude)
    {
        var what = exclude ? "'exclude'" : "'include'";
        var actors = references.Actors(body, what, minimum: 1);
        if (round is not { } r || actors.Count == 0)
        {
            return null;
        }

        // Locate each actor at its first mention; a repeat was already reported as such.
        var items = body is YamlSequenceNode sequence ? sequence.Children : [];
        foreach (var actor in actors)
        {
            var item = items.First(i => i is YamlScalarNode { Value: { } id } && id == actor);
            _exclusions.Add(r, exclude, actor, reader.Locate(item));
        }

        return exclude ? new ExcludeEvent(r, location, actors) : new IncludeEvent(r, location, actors);
    }

    private ForumEvent? ReadForum(YamlNode body, int? round, SourceLocation location)
    {
        if (reader.Mapping(body, "'forum'", ScenarioKeys.Forum) is not { } forum)
        {
            return null;
        }

        var nameNode = forum.Required("name");
        var name = nameNode is null ? null : ScenarioNames.Read(reader, nameNode, "'name' of 'forum'");
        var members = forum.Required("members") is { } membersNode ? references.Participants(membersNode, "'members' of 'forum'", minimum: 2) : [];
        var issues = forum.Optional("issues") is { } issuesNode ? references.Issues(issuesNode, "'issues' of 'forum'") : references.InPlay;
        if (round is not { } r || name is null || members.Count < 2 || issues.Count == 0)
        {
            return null;
        }

        _forums.Add((r, name, nameNode!));
        return new ForumEvent(r, location, name, members, issues);
    }

    private void CheckForumNames()
    {
        var seen = new HashSet<(int, string)>();
        foreach (var (round, name, node) in _forums)
        {
            if (!seen.Add((round, name)))
            {
                reader.Report(node, $"round {round} already has a forum named '{name}'; give each forum in a round its own name");
            }
        }
    }
}
