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
        if (items.Count > Input.InputLimits.Events)
        {
            reader.Report(items[Input.InputLimits.Events], $"more than {Input.InputLimits.Events:N0} events; a scenario may have at most {Input.InputLimits.Events:N0}");
            return events;
        }

        foreach (var item in items)
        {
            var scenarioEvent = ReadOne(item);
            if (scenarioEvent is not null)
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
        // Plain null tests throughout, not 'is not { } mapping': Stryker cannot compile the
        // mutants of a method whose pattern variables a mutant copies or leaves unassigned
        // (docs/testing.md).
        var mapping = reader.Mapping(item, "an event", ScenarioKeys.Event);
        if (mapping is null)
        {
            return null;
        }

        var round = mapping.RequiredInt("round", 1, rounds ?? ScenarioLimits.MaxRounds);
        var note = mapping.OptionalString("note");
        var assumption = mapping.OptionalString("assumption");
        if (!mapping.Has("note") && !mapping.Has("assumption"))
        {
            reader.Report(
                item,
                "an event needs its provenance: a 'note' (the article line it rests on) or an 'assumption' (why an event the article does not report is a reasonable what-if); this one has neither");
        }

        var kind = KindKeys.Single(mapping, ScenarioKeys.EventKinds, "an event", "split it into two events");
        if (kind is null)
        {
            return null;
        }

        var body = mapping.Required(kind);
        if (body is null)
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
        return scenarioEvent is null ? null : scenarioEvent with { Note = note, Assumption = assumption };
    }

    private ProposeEvent? ReadPropose(YamlNode body, int? round, SourceLocation location)
    {
        var propose = reader.Mapping(body, "'propose'", ScenarioKeys.Propose);
        if (propose is null)
        {
            return null;
        }

        var fromNode = propose.Required("from");
        var from = fromNode is null ? null : references.Participant(fromNode, "'from' of 'propose'");
        var toNode = propose.Required("to");
        var to = toNode is null ? null : references.Participant(toNode, "'to' of 'propose'");
        if (from is not null && from == to)
        {
            reader.Report(toNode!, $"'{from}' cannot propose to itself: 'from' and 'to' must be different actors");
        }

        var termsNode = propose.Required("terms");
        var terms = termsNode is null ? null : ReadTerms(termsNode, from);
        return round is not null && from is not null && to is not null && from != to && terms is not null
            ? new ProposeEvent(round.Value, location, from, to, terms)
            : null;
    }

    // An actor does not offer what it refuses outright: a term past the proposer's own red line is
    // a mistake in the scenario, not a negotiating move.
    private List<Term>? ReadTerms(YamlNode node, string? from)
    {
        var mapping = node as YamlMappingNode;
        if (mapping is null)
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

            var line = from is null ? null : references.World?.FindStance(from, issue)?.RedLine;
            if (line is not null && !line.Allows(position.Value))
            {
                reader.Report(value, $"'{from}' offers {RedLineText.Number(position.Value)} on '{issue}', past its own red line {RedLineText.Describe(line)}: an actor does not offer what it refuses outright");
                complete = false;
                continue;
            }

            terms.Add(new Term(issue, position.Value));
        }

        return complete ? terms : null;
    }

    private ShockEvent? ReadShock(YamlNode body, int? round, SourceLocation location)
    {
        var shock = reader.Mapping(body, "'shock'", ScenarioKeys.Shock);
        if (shock is null)
        {
            return null;
        }

        var actorNode = shock.Required("actor");
        var actor = actorNode is null ? null : references.Actor(actorNode, "'actor' of 'shock'");
        var issueNode = shock.Required("issue");
        var issue = issueNode is null ? null : references.IssueInPlay(issueNode, "'issue' of 'shock'");
        var set = shock.OptionalDouble("set", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        var shift = shock.OptionalDouble("shift", -ScenarioLimits.MaxShift, ScenarioLimits.MaxShift);
        var breaks = shock.OptionalBool("breaks-red-line") ?? false;
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

        var world = references.World;
        if (actor is not null && issue is not null && world is not null
            && world.FindIssue(issue) is not null && world.FindStance(actor, issue) is null)
        {
            reader.Report(shock.LocationOf("actor"), $"'{actor}' holds no stance on '{issue}' in the world file, so there is nothing to shock");
            return null;
        }

        var stance = actor is null || issue is null ? null : world?.FindStance(actor, issue);
        if (stance is not null && !CheckRedLine(shock, stance, set, shift, breaks))
        {
            return null;
        }

        return round is not null && actor is not null && issue is not null && (set is not null || shift is not null)
            ? new ShockEvent(round.Value, location, actor, issue, set, shift) { BreaksRedLine = breaks }
            : null;
    }

    // A shock never carries an actor across its red line unless the what-if says the line breaks.
    // A shift is checked from the seeded stance; at run time the stance may have moved, and a
    // shift that would then cross stops at the line, which the trace records.
    private bool CheckRedLine(YamlMappingReader shock, Model.World.Stance stance, double? set, double? shift, bool breaks)
    {
        var pair = $"'{stance.Actor}' on '{stance.Issue}'";
        var line = stance.RedLine;
        if (line is null)
        {
            if (breaks)
            {
                reader.Report(shock.LocationOf("breaks-red-line"), $"{pair} has no red line in the world file, so there is none to break; drop 'breaks-red-line'");
                return false;
            }

            return true;
        }

        var target = set ?? Math.Clamp(stance.Position + (shift ?? 0), Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        var how = set is not null
            ? $"sets {pair} to {RedLineText.Number(target)}"
            : $"shifts {pair} by {RedLineText.Number(shift ?? 0)} from its seeded {RedLineText.Number(stance.Position)} to {RedLineText.Number(target)}";
        if (!line.Allows(target) && !breaks)
        {
            reader.Report(
                shock.LocationOf(set is not null ? "set" : "shift"),
                $"the shock {how}, past its red line {RedLineText.Describe(line)}: a shock does not carry an actor across a line it refuses outright; if the what-if is that the line breaks, add 'breaks-red-line: true' (the trace records the break)");
            return false;
        }

        if (line.Allows(target) && breaks && set is not null)
        {
            reader.Report(shock.LocationOf("breaks-red-line"), $"the shock {how}, inside its red line {RedLineText.Describe(line)}, so it breaks nothing; drop 'breaks-red-line'");
            return false;
        }

        return true;
    }

    private ScenarioEvent? ReadExclusion(YamlNode body, int? round, SourceLocation location, bool exclude)
    {
        var what = exclude ? "'exclude'" : "'include'";
        var actors = references.Actors(body, what, minimum: 1);
        if (round is null || actors.Count == 0)
        {
            return null;
        }

        // Locate each actor at its first mention; a repeat was already reported as such.
        var r = round.Value;
        var items = (body as YamlSequenceNode)?.Children ?? [];
        foreach (var actor in actors)
        {
            var item = items.First(i => IsId(i, actor));
            _exclusions.Add(r, exclude, actor, reader.Locate(item));
        }

        return exclude ? new ExcludeEvent(r, location, actors) : new IncludeEvent(r, location, actors);
    }

    private ForumEvent? ReadForum(YamlNode body, int? round, SourceLocation location)
    {
        var forum = reader.Mapping(body, "'forum'", ScenarioKeys.Forum);
        if (forum is null)
        {
            return null;
        }

        var nameNode = forum.Required("name");
        var name = nameNode is null ? null : ScenarioNames.Read(reader, nameNode, "'name' of 'forum'");
        var membersNode = forum.Required("members");
        var members = membersNode is null ? [] : references.Participants(membersNode, "'members' of 'forum'", minimum: 2);
        var issuesNode = forum.Optional("issues");
        var issues = issuesNode is null ? references.InPlay : references.Issues(issuesNode, "'issues' of 'forum'");
        if (round is null || name is null || members.Count < 2 || issues.Count == 0)
        {
            return null;
        }

        _forums.Add((round.Value, name, nameNode!));
        CheckComposites(forum.Value("members"), members);
        return new ForumEvent(round.Value, location, name, members, issues);
    }

    // A composite (the European signatories, a state with its ministers) already carries the weight
    // of its parts: seated beside one of them, that weight would count twice in the vote.
    private void CheckComposites(YamlNode? membersNode, IReadOnlyList<string> members)
    {
        var world = references.World;
        var sequence = membersNode as YamlSequenceNode;
        if (world is null || sequence is null)
        {
            return;
        }

        for (var later = 1; later < members.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var (part, whole) = world.IsPartOf(members[later], members[earlier]) ? (members[later], members[earlier])
                    : world.IsPartOf(members[earlier], members[later]) ? (members[earlier], members[later])
                    : (null, null);
                if (part is null)
                {
                    continue;
                }

                var node = sequence.Children.First(i => IsId(i, members[later]));
                reader.Report(
                    node,
                    $"'{members[later]}' and '{members[earlier]}' cannot sit at one forum: '{part}' is part of '{whole}' (memberOf), whose weight already includes it, so it would count twice; seat the whole or its parts, not both");
                break;
            }
        }
    }

    // The item written as exactly this id (ordinal, as ids are compared everywhere).
    private static bool IsId(YamlNode item, string id) => (item as YamlScalarNode)?.Value == id;

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
