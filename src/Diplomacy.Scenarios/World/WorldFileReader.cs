using System.Text.RegularExpressions;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.World;

/// <summary>
/// Reads a world file (format: docs/world-format.md) and checks it against the article it names:
/// every quote is an exact substring of the article, references resolve, values are in range, ids
/// are unique, keys are known. All mistakes are collected and thrown together as one
/// <see cref="InputException"/>, each located at file:line:column; a typo never becomes a default.
/// </summary>
public sealed partial class WorldFileReader
{
    /// <summary>World files end in this, so a directory can hold articles, worlds and scenarios side by side.</summary>
    public const string FileSuffix = ".world.yaml";

    private static readonly string[] RootKeys = new[] { "article", "title", "date", "actors", "issues", "stances", "ties" };
    private static readonly string[] ActorKeys = new[] { "id", "name", "kind", "role", "memberOf", "capability", "susceptibility", "assumption", "source" };
    private static readonly string[] IssueKeys = new[] { "id", "title", "low", "high", "keywords" };
    private static readonly string[] StanceKeys = new[] { "actor", "issue", "position", "salience", "resolve", "confidence", "quote", "assumption", "source", "redLine" };
    private static readonly string[] RedLineKeys = new[] { "minimum", "maximum", "quote" };
    private static readonly string[] TieKeys = new[] { "listener", "speaker", "weight", "rationale" };

    private readonly YamlNodeReader _reader;
    private readonly ArticleQuoteChecker? _article;
    private readonly DraftValues _drafts;

    // Every well-formed id declared, even on an entry with other mistakes, so that one bad
    // field does not cascade into "unknown actor" errors everywhere the actor is referred to.
    private readonly List<string> _actorIds = [];
    private readonly List<string> _issueIds = [];

    private WorldFileReader(YamlNodeReader reader, ArticleQuoteChecker? article, DraftValues drafts)
    {
        _reader = reader;
        _article = article;
        _drafts = drafts;
    }

    /// <summary>Reads and checks the world file at <paramref name="path"/> and the article it names; a value still <c>draft</c> is an error.</summary>
    /// <exception cref="InputException">Every mistake found, located.</exception>
    public static LoadedWorld Load(string path) => Read(YamlDocumentReader.Load(path, InputKind.World));

    /// <summary>
    /// Like <see cref="Load"/>, but values still written <c>draft</c> are accepted and listed in
    /// <see cref="LoadedWorld.Drafts"/>: for showing and reviewing a world drafted by <c>seed init</c>.
    /// </summary>
    /// <exception cref="InputException">Every mistake other than a draft, located.</exception>
    public static LoadedWorld LoadDraft(string path) => Read(YamlDocumentReader.Load(path, InputKind.World), allowDrafts: true);

    /// <summary>Checks an already parsed world file; its article is read relative to <see cref="YamlFile.File"/>.</summary>
    /// <param name="allowDrafts">Collect values written <c>draft</c> in <see cref="LoadedWorld.Drafts"/> instead of reporting them.</param>
    /// <exception cref="InputException">Every mistake found, located.</exception>
    public static LoadedWorld Read(YamlFile file, bool allowDrafts = false)
    {
        ArgumentNullException.ThrowIfNull(file);
        var reader = file.Reader;
        var root = reader.Mapping(file.Root, "the world file", RootKeys);
        if (root is null)
        {
            reader.ThrowIfErrors();
        }

        var articleName = root!.RequiredString("article");
        var article = articleName is null ? null : ArticleQuoteChecker.Open(reader, file.File, articleName, root.LocationOf("article"));
        var drafts = new DraftValues(reader, allowDrafts);
        var world = new WorldFileReader(reader, article, drafts).ReadWorld(root, articleName ?? string.Empty);
        reader.ThrowIfErrors();
        return new LoadedWorld(file.File, article!.Path, article.Text, world) { Drafts = drafts.Found };
    }

    private SeedWorld ReadWorld(YamlMappingReader root, string articleName)
    {
        var title = root.OptionalString("title");
        var date = root.OptionalString("date");

        var actors = ReadList(root.RequiredSequence("actors"), "actor", ActorKeys, ReadActor, InputLimits.WorldActors);
        var issues = ReadList(root.RequiredSequence("issues"), "issue", IssueKeys, ReadIssue, InputLimits.Issues);
        RejectDuplicates(actors, a => a.Id, "actor id", "id");
        RejectDuplicates(issues, i => i.Id, "issue id", "id");

        CheckMembership(actors);

        var stances = ReadList(root.RequiredSequence("stances"), "stance", StanceKeys, ReadStance, InputLimits.Stances);
        foreach (var stance in stances)
        {
            CheckReference(stance.Mapping, "actor", stance.Value.Actor, _actorIds);
            CheckReference(stance.Mapping, "issue", stance.Value.Issue, _issueIds);
        }

        RejectDuplicates(stances, s => $"{s.Actor} on {s.Issue}", "stance of", "actor");

        var ties = ReadList(root.OptionalSequence("ties"), "tie", TieKeys, ReadTie, InputLimits.Stances);
        foreach (var tie in ties)
        {
            CheckReference(tie.Mapping, "listener", tie.Value.Listener, _actorIds);
            CheckReference(tie.Mapping, "speaker", tie.Value.Speaker, _actorIds);
        }

        RejectDuplicates(ties, t => $"{t.Listener} listening to {t.Speaker}", "tie of", "listener");

        return new SeedWorld(
            articleName,
            actors.Select(a => a.Value).ToList(),
            issues.Select(i => i.Value).ToList(),
            stances.Select(s => s.Value).ToList(),
            ties.Select(t => t.Value).ToList())
        {
            Title = title,
            Date = date,
        };
    }

    private List<Located<T>> ReadList<T>(IReadOnlyList<YamlNode>? nodes, string what, string[] keys, Func<YamlMappingReader, T?> read, int limit)
        where T : class
    {
        var result = new List<Located<T>>();
        if (nodes is not null && nodes.Count > limit)
        {
            _reader.Report(nodes[limit], $"more than {limit:N0} {what} entries; a world file may have at most {limit:N0}");
            return result;
        }

        for (var i = 0; i < (nodes?.Count ?? 0); i++)
        {
            // Plain null tests, not pattern variables, in this file: Stryker cannot compile the
            // mutants of a method whose pattern variables a mutant copies or leaves unassigned
            // (docs/testing.md).
            var mapping = _reader.Mapping(nodes![i], Label(nodes[i], what, i), keys);
            var value = mapping is null ? null : read(mapping);
            if (value is not null)
            {
                result.Add(new Located<T>(value, mapping!));
            }
        }

        return result;
    }

    private Actor? ReadActor(YamlMappingReader m)
    {
        var undecided = new List<string>();
        var id = ReadId(m, _actorIds);
        var name = m.RequiredString("name");
        var kind = m.RequiredWord<ActorKind>("kind");
        var role = Text(m, "role", undecided);
        var memberOf = m.OptionalString("memberOf");
        var capability = Number(m, "capability", 0, double.MaxValue, undecided);
        var susceptibility = Number(m, "susceptibility", 0, 1, undecided);
        var assumption = Text(m, "assumption", undecided);
        var source = m.OptionalString("source");
        if (id is null || name is null || kind is null || role is null || capability is null || susceptibility is null)
        {
            return null;
        }

        return new Actor(id, name, kind.Value, role, memberOf, capability.Value, susceptibility.Value)
        {
            Assumption = assumption,
            Source = source,
            Undecided = undecided,
        };
    }

    private Issue? ReadIssue(YamlMappingReader m)
    {
        var undecided = new List<string>();
        var id = ReadId(m, _issueIds);
        var title = Text(m, "title", undecided);
        var low = Text(m, "low", undecided);
        var high = Text(m, "high", undecided);
        var keywords = new List<string>();
        foreach (var node in m.OptionalSequence("keywords"))
        {
            var keyword = _reader.String(node, $"a keyword of issue '{id}'");
            if (keyword is not null)
            {
                keywords.Add(keyword);
            }
        }

        return id is null || title is null || low is null || high is null ? null : new Issue(id, title, low, high) { Undecided = undecided, Keywords = keywords };
    }

    /// <summary>A required number, or NaN (recorded as undecided) when it is still <c>draft</c>.</summary>
    private double? Number(YamlMappingReader m, string key, double minimum, double maximum, List<string> undecided) =>
        _drafts.Check(m, key, undecided) ? double.NaN : m.RequiredDouble(key, minimum, maximum);

    /// <summary>A required text, or the word itself (recorded as undecided) when it is still <c>draft</c>.</summary>
    private string? Text(YamlMappingReader m, string key, List<string> undecided) =>
        _drafts.Check(m, key, undecided) ? DraftValues.Word : m.RequiredString(key);

    private Stance? ReadStance(YamlMappingReader m)
    {
        var undecided = new List<string>();
        var actor = m.RequiredString("actor");
        var issue = m.RequiredString("issue");
        var position = Number(m, "position", Issue.Minimum, Issue.Maximum, undecided);
        var salience = Number(m, "salience", 0, 1, undecided);
        var resolve = Number(m, "resolve", 0, 1, undecided);
        var confidence = m.RequiredWord<Confidence>("confidence");
        if (confidence == Confidence.Draft)
        {
            undecided.Add("confidence");
            _drafts.Record(m, "confidence");
        }

        var quote = m.OptionalString("quote");
        var assumption = m.OptionalString("assumption");
        var source = m.OptionalString("source");
        var redLine = ReadRedLine(m, actor, issue);

        var pair = $"'{actor}' on '{issue}'";
        CheckQuote(m, "quote", quote, actor, issue);
        if (confidence is Confidence.Stated or Confidence.Implied && quote is null && !m.Has("quote"))
        {
            var word = confidence == Confidence.Stated ? "stated" : "implied";
            _reader.Report(m.Node, $"the stance of {pair} is '{word}', so it needs a 'quote' from the article; if the article is silent, make it 'assumed' and give an 'assumption'");
        }

        if (confidence == Confidence.Assumed)
        {
            if (assumption is null && !m.Has("assumption"))
            {
                _reader.Report(m.Node, $"the stance of {pair} is 'assumed', so it needs an 'assumption' saying why the numbers are what they are");
            }

            if (quote is not null)
            {
                _reader.Report(m.LocationOf("quote"), $"the stance of {pair} is 'assumed' but has a quote; if the article says it, make it 'stated' or 'implied'");
            }
        }

        if (redLine is not null && position is not null && !double.IsNaN(position.Value) && !redLine.Allows(position.Value))
        {
            _reader.Report(m.LocationOf("position"), $"the position of {pair} ({Number(position.Value)}) lies outside its own red line [{Number(redLine.Minimum)}, {Number(redLine.Maximum)}]");
        }

        if (actor is null || issue is null || position is null || salience is null || resolve is null || confidence is null)
        {
            return null;
        }

        return new Stance(actor, issue, position.Value, salience.Value, resolve.Value, confidence.Value, quote, assumption, source, redLine)
        {
            Undecided = undecided,
        };
    }

    private RedLine? ReadRedLine(YamlMappingReader stance, string? actor, string? issue)
    {
        var m = stance.OptionalMapping("redLine", $"the red line of '{actor}' on '{issue}'", RedLineKeys);
        if (m is null)
        {
            return null;
        }

        var minimum = m.RequiredDouble("minimum", Issue.Minimum, Issue.Maximum);
        var maximum = m.RequiredDouble("maximum", Issue.Minimum, Issue.Maximum);
        var quote = m.OptionalString("quote");
        CheckQuote(m, "quote", quote, actor, issue);
        if (minimum is null || maximum is null)
        {
            return null;
        }

        if (minimum > maximum)
        {
            _reader.Report(m.Location, $"{m.What}: 'minimum' ({Number(minimum.Value)}) is above 'maximum' ({Number(maximum.Value)})");
            return null;
        }

        return new RedLine(minimum.Value, maximum.Value) { Quote = quote };
    }

    private InfluenceTie? ReadTie(YamlMappingReader m)
    {
        var listener = m.RequiredString("listener");
        var speaker = m.RequiredString("speaker");
        var weight = m.RequiredDouble("weight", 0, 1);
        var rationale = m.OptionalString("rationale");
        if (listener is not null && listener == speaker)
        {
            _reader.Report(m.LocationOf("speaker"), $"'{listener}' cannot be tied to itself; its own stance already anchors it (susceptibility)");
            return null;
        }

        return listener is null || speaker is null || weight is null
            ? null
            : new InfluenceTie(listener, speaker, weight.Value) { Rationale = rationale };
    }

    private string? ReadId(YamlMappingReader m, List<string> declared)
    {
        var id = m.RequiredString("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            _reader.Report(m.LocationOf("id"), $"id '{id}' must be lower-kebab-case: lower-case letters and digits joined by single hyphens (for example 'united-states')");
            return null;
        }

        if (id is not null)
        {
            declared.Add(id);
        }

        return id;
    }

    private void CheckQuote(YamlMappingReader m, string key, string? quote, string? actor, string? issue)
    {
        var problem = quote is null ? null : _article?.Explain(quote);
        if (problem is not null)
        {
            _reader.Report(m.LocationOf(key), $"the quote of '{actor}' on '{issue}' is not in the article: {problem}");
        }
    }

    private void CheckReference(YamlMappingReader m, string key, string id, IReadOnlyList<string> known)
    {
        if (!known.Contains(id, StringComparer.Ordinal))
        {
            var what = key is "issue" ? "issue" : "actor";
            _reader.Report(m.LocationOf(key), $"unknown {what} '{id}' in '{key}'{EditDistance.DidYouMean(id, known)}");
        }
    }

    private void CheckMembership(List<Located<Actor>> actors)
    {
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            byId.TryAdd(actor.Value.Id, actor.Value);
        }

        foreach (var (actor, mapping) in actors)
        {
            // A plain null test, not 'is not { } parentId': with the pattern, removing the
            // 'continue' leaves parentId unassigned and Stryker cannot compile the method's mutants.
            var parentId = actor.MemberOf;
            if (parentId is null)
            {
                continue;
            }

            var parent = byId.GetValueOrDefault(parentId);
            if (parent is null)
            {
                CheckReference(mapping, "memberOf", parentId, _actorIds);
            }
            else if (parent.Kind is not (ActorKind.State or ActorKind.Organisation))
            {
                _reader.Report(mapping.LocationOf("memberOf"), $"'{actor.Id}' is a member of '{parentId}', which is a {YamlNodeReader.WordOf(parent.Kind)}; an actor belongs to a state or an organisation");
            }
            else if (FollowsBackTo(actor.Id, parentId, byId))
            {
                _reader.Report(mapping.LocationOf("memberOf"), $"'{actor.Id}' is a member of '{parentId}', which is (through memberOf) a member of '{actor.Id}': membership must not go round in a circle");
            }
        }
    }

    private static bool FollowsBackTo(string start, string parentId, Dictionary<string, Actor> byId)
    {
        var current = parentId;
        for (var steps = 0; steps <= byId.Count; steps++)
        {
            if (current == start)
            {
                return true;
            }

            var next = byId.GetValueOrDefault(current)?.MemberOf;
            if (next is null)
            {
                return false;
            }

            current = next;
        }

        return false;
    }

    private void RejectDuplicates<T>(List<Located<T>> items, Func<T, string> key, string what, string locateAt)
        where T : class
    {
        var first = new Dictionary<string, Located<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var value = key(item.Value);
            var earlier = first.GetValueOrDefault(value);
            if (earlier is not null)
            {
                _reader.Report(item.Mapping.LocationOf(locateAt), $"duplicate {what} '{value}' (first given at line {earlier.Mapping.LocationOf(locateAt).Line})");
            }
            else
            {
                first.Add(value, item);
            }
        }
    }

    /// <summary>"actor 'trump'" or "stance 'trump' on 'talks-timing'" when the entry names itself, else "actor #3".</summary>
    private static string Label(YamlNode node, string what, int index)
    {
        var actor = Peek(node, "actor");
        var issue = Peek(node, "issue");
        if (what == "stance" && actor is not null && issue is not null)
        {
            return $"stance '{actor}' on '{issue}'";
        }

        var listener = Peek(node, "listener");
        var speaker = Peek(node, "speaker");
        if (what == "tie" && listener is not null && speaker is not null)
        {
            return $"tie '{listener}' listening to '{speaker}'";
        }

        var id = Peek(node, "id");
        return id is null ? $"{what} #{index + 1}" : $"{what} '{id}'";
    }

    /// <summary>The non-empty text under <paramref name="key"/> when <paramref name="node"/> is a mapping that has it.</summary>
    private static string? Peek(YamlNode node, string key)
    {
        var mapping = node as YamlMappingNode;
        YamlNode? value = null;
        if (mapping is null || !mapping.Children.TryGetValue(new YamlScalarNode(key), out value))
        {
            return null;
        }

        var text = (value as YamlScalarNode)?.Value;
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static string Number(double value) => value.ToString("G", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private sealed record Located<T>(T Value, YamlMappingReader Mapping);
}
