using Diplomacy.Drafting.Extraction;
using Diplomacy.Drafting.Gazetteers;
using Diplomacy.Drafting.Text;
using Diplomacy.Model.World;

namespace Diplomacy.Drafting;

/// <summary>
/// Drafts a world from an article's text: sentences, then the actors named (two passes, so a
/// surname or "the U.S. president" can refer to a person named in full anywhere), then the
/// statements attributed to them, grouped under candidate issues by topic. Pure and
/// deterministic: the same text and gazetteers give the same draft, byte for byte.
/// </summary>
public static class WorldDrafter
{
    /// <summary>At most this many other statements of an actor on an issue are kept beside the first.</summary>
    public const int MostAlternatives = 4;

    public const string UnsortedIssue = "other";

    public static DraftWorld Draft(string article, string articleName, string? title = null, string? date = null) =>
        Draft(article, articleName, title, date, Gazetteer.Shipped);

    public static DraftWorld Draft(string article, string articleName, string? title, string? date, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var sentences = SentenceSplitter.Split(article);
        var tokens = sentences.Select(s => new SentenceTokens(article, s)).ToList();
        var actors = new ActorTable(gazetteer);
        var names = new MentionFinder(gazetteer, actors);
        tokens.ForEach(names.Find);
        var references = new CoreferenceFinder(gazetteer, actors);
        tokens.ForEach(references.Find);
        actors.ResolveRegions();

        var statementFinder = new StatementFinder(gazetteer, actors);
        var statements = tokens.SelectMany(statementFinder.Find).ToList();
        var ids = ActorIds.Assign(actors.Actors);
        var draftActors = DraftActors(article, actors, ids, gazetteer);
        var (issues, stances) = Group(article, sentences, statements, ids, new TopicMatcher(gazetteer));
        return new DraftWorld(articleName, title, date, draftActors, issues, stances);
    }

    private static List<DraftActor> DraftActors(string article, ActorTable table, IReadOnlyDictionary<string, string> ids, Gazetteer gazetteer)
    {
        static int Rank(ActorDraft a) => a.Kind switch
        {
            ActorKind.State => 0,
            ActorKind.Organisation => 1,
            _ => 2,
        };

        var surfacesByActor = table.Mentions.OrderBy(m => m.Start).GroupBy(m => m.ActorKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => article[m.Start..m.End]).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return table.Actors
            .OrderBy(Rank)
            .ThenBy(a => a.FirstOffset)
            .ThenBy(a => a.Key, StringComparer.Ordinal)
            .Select(a =>
            {
                var surfaces = surfacesByActor.GetValueOrDefault(a.Key) ?? [];
                var memberOf = a.MemberOfKey is { } key && ids.TryGetValue(key, out var parent) ? parent : null;
                return new DraftActor(ids[a.Key], NameOf(a, gazetteer), a.Kind, RoleOf(a, table, gazetteer), memberOf, surfaces);
            })
            .ToList();
    }

    private static string NameOf(ActorDraft actor, Gazetteer gazetteer)
    {
        if (!actor.Key.StartsWith("group:", StringComparison.Ordinal))
        {
            return actor.Name;
        }

        var demonym = gazetteer.Regions[actor.Key["group:".Length..]].Demonym;
        return actor.IsCoalition ? $"{demonym} signatories" : $"{demonym} {actor.GroupNouns.FirstOrDefault() ?? "states"}";
    }

    private static string? RoleOf(ActorDraft actor, ActorTable table, Gazetteer gazetteer)
    {
        if (actor.Key.StartsWith("group:", StringComparison.Ordinal))
        {
            var demonym = gazetteer.Regions[actor.Key["group:".Length..]].Demonym;
            var members = actor.Members.Select(m => table.Find(m)!.Name).ToList();
            var called = actor.GroupNouns.Select(n => $"{demonym} {n}").ToList();
            var parts = new List<string>();
            if (members.Count > 0)
            {
                parts.Add($"Signatories of the joint statement: {string.Join(", ", members)} and others");
            }

            if (called.Count > 0)
            {
                parts.Add($"named in the article as {string.Join(", ", called)}");
            }

            return string.Join("; ", parts);
        }

        if (actor.Kind == ActorKind.Analyst && actor.MemberOfKey is { } org && table.Find(org) is { Kind: ActorKind.Organisation } parent)
        {
            return $"{actor.Role ?? "Analyst"}, {parent.Name}";
        }

        return actor.Role;
    }

    private static (List<DraftIssue> Issues, List<DraftStance> Stances) Group(
        string article, IReadOnlyList<Sentence> sentences, List<Statement> statements, IReadOnlyDictionary<string, string> ids, TopicMatcher topics)
    {
        var issues = new List<(string Id, string? Title, List<string> Keywords)>();
        var stances = new List<(string Actor, string Issue, string Quote, List<string> Alternatives, Statement First)>();
        foreach (var statement in statements.OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            var quote = statement.TextOf(article);
            var sentence = sentences[statement.Sentence].TextOf(article);
            var found = topics.TopicsOf(quote, sentence);
            var issueIds = found.Count > 0 ? found.Select(t => (t.Topic.Id, (string?)t.Topic.Title, t.Word)).ToList() : [(UnsortedIssue, null, string.Empty)];
            foreach (var (issueId, issueTitle, word) in issueIds)
            {
                var issue = issues.FindIndex(i => i.Id == issueId);
                if (issue < 0)
                {
                    issues.Add((issueId, issueTitle, []));
                    issue = issues.Count - 1;
                }

                if (word.Length > 0 && !issues[issue].Keywords.Contains(word))
                {
                    issues[issue].Keywords.Add(word);
                }

                foreach (var speaker in statement.Speakers.Where(ids.ContainsKey))
                {
                    var actor = ids[speaker];
                    var index = stances.FindIndex(s => s.Actor == actor && s.Issue == issueId);
                    if (index < 0)
                    {
                        stances.Add((actor, issueId, quote, [], statement));
                    }
                    else if (stances[index].Quote != quote && !stances[index].Alternatives.Contains(quote) && stances[index].Alternatives.Count < MostAlternatives)
                    {
                        stances[index].Alternatives.Add(quote);
                    }
                }
            }
        }

        var ordered = issues.SelectMany(i => stances.Where(s => s.Issue == i.Id))
            .Select(s =>
            {
                var sentence = sentences[s.First.Sentence];
                return new DraftStance(s.Actor, s.Issue, s.Quote, s.Alternatives, sentence.Line, sentence.TextOf(article), s.First.Kind, s.First.Verb);
            })
            .ToList();
        var draftIssues = issues.Select(i => new DraftIssue(i.Id, i.Title, i.Keywords)).ToList();
        return (draftIssues, ordered);
    }
}
