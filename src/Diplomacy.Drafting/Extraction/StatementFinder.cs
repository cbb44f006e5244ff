using Diplomacy.Drafting.Gazetteers;
using Diplomacy.Drafting.Text;

namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// Finds the statements of one sentence. A statement opens at a verb of verbs.tsv with its
/// subject ("Pistorius criticized"), at a participle after a comma or a verb after "and/but"
/// (continuing the last speaker), at a possessive before a stance noun ("Ukraine’s aspirations"),
/// or at a source ("concerns from European allies"). It runs to the next opening, a clause
/// that is not the speaker's (", despite ..."), or the end of the sentence. Quoted words no
/// statement holds go to the actor named nearest before them.
/// </summary>
internal sealed class StatementFinder(Gazetteer gazetteer, ActorTable actors)
{
    private static readonly HashSet<string> Coordinators = new(StringComparer.OrdinalIgnoreCase) { "and", "but", "or", "yet" };

    // The bare verb ("offer", "meet") is also a noun; it is a verb after one of these or after a plural subject.
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "may", "might", "will", "would", "could", "can", "should", "must", "shall", "did", "does", "do" };

    public IReadOnlyList<Statement> Find(SentenceTokens s)
    {
        if (s.Sentence.IsHeading)
        {
            return [];
        }

        var mentions = actors.MentionsIn(s.Sentence.Index);
        var quotes = QuotedSpans.In(s.Article, s.Sentence);
        var main = FindVerbOpenings(s, mentions, quotes);
        var others = FindPossessives(s, mentions).Concat(FindSources(s, mentions)).ToList();
        ResolveContinuations(main, others);

        var statements = new List<Statement>();
        for (var k = 0; k < main.Count; k++)
        {
            // "said Moscow would oppose ...": the reported clause belongs to what was said, so it does not end it.
            var n = k + 1;
            while (main[k].Speech && n < main.Count && s.Article[main[k].VerbEnd..main[n].Start].Trim() is "" or "that")
            {
                n++;
            }

            var next = n < main.Count ? main[n].Start : (int?)null;
            var end = EndOf(s, main[k].VerbEnd, next, quotes);
            if (main[k].Speakers.Count > 0)
            {
                statements.Add(Trimmed(s, main[k], end));
            }
        }

        foreach (var opening in others)
        {
            var holder = statements.FirstOrDefault(st => opening.Start >= st.Start && opening.Start < st.End && st.Kind is StatementKind.Said or StatementKind.Continued);
            var next = main.Select(m => m.Start).Where(start => start > opening.Start).Cast<int?>().FirstOrDefault();
            var end = holder?.End ?? EndOf(s, opening.VerbEnd, next, quotes);
            statements.Add(Trimmed(s, opening, end));
        }

        AddLooseQuotes(s, mentions, quotes, main, statements);
        return statements
            .Where(st => st.End - st.Start >= 3)
            .DistinctBy(st => (string.Join(',', st.Speakers), st.Start, st.End))
            .OrderBy(st => st.Start)
            .ThenBy(st => st.End)
            .ToList();
    }

    private List<Opening> FindVerbOpenings(SentenceTokens s, IReadOnlyList<Mention> mentions, IReadOnlyList<(int Start, int End)> quotes)
    {
        var openings = new List<Opening>();
        for (var i = 0; i < s.Count; i++)
        {
            var (length, verb) = gazetteer.Verbs.Match(s.Article, s.Tokens, i);
            if (length == 0 || verb is null || Inside(quotes, s[i].Start))
            {
                continue;
            }

            var verbEnd = s[i + length - 1].End;
            var first = i;
            while (first > 0 && s.JoinedToNext(first - 1) && gazetteer.BridgeWords.Contains(s[first - 1].Text))
            {
                first--;
            }

            var before = s.Article[s.Sentence.Start..s[first].Start].TrimEnd();
            if (verb.IsParticiple && (before.EndsWith(',') || IsAfterQuote(before)))
            {
                openings.Add(new Opening(StatementKind.Continued, s[first].Start, verbEnd, [], verb.Lemma) { Speech = verb.IsSpeech });
            }
            else if (first > 0 && Coordinators.Contains(s[first - 1].Text) && openings.Count > 0)
            {
                openings.Add(new Opening(StatementKind.Continued, s[first].Start, verbEnd, [], verb.Lemma) { Speech = verb.IsSpeech });
            }
            else if (Subject(s, mentions, s[first].Start) is { } subject
                     && (!verb.IsBase || (i > 0 && Modals.Contains(s[i - 1].Text)) || IsPlural(s, mentions, subject.Start, s[first].Start)))
            {
                openings.Add(new Opening(StatementKind.Said, subject.Start, verbEnd, subject.Speakers, verb.Lemma) { Speech = verb.IsSpeech });
            }
            else if (verb.IsSpeech && !verb.IsBase && IsAfterQuote(before) && i + length < s.Count
                     && mentions.FirstOrDefault(m => !m.IsWeak && m.Start == s[i + length].Start && s.JoinedToNext(i + length - 1)) is { } inverted)
            {
                // "“...,” said Drita Berisha": the speaker follows the verb.
                openings.Add(new Opening(StatementKind.Said, s[i].Start, inverted.End, [inverted.ActorKey], verb.Lemma) { Speech = true });
            }

            i += length - 1;
        }

        return openings;
    }

    /// <summary>True when the subject before a bare verb is plural: several actors, or a people noun ("European leaders insist").</summary>
    private static bool IsPlural(SentenceTokens s, IReadOnlyList<Mention> mentions, int subjectStart, int verbStart)
    {
        var subject = mentions.Where(m => m.Start >= subjectStart && m.End <= verbStart && !m.IsWeak).ToList();
        return subject.Select(m => m.ActorKey).Distinct(StringComparer.Ordinal).Count() > 1
            || (subject.Count > 0 && s.Article[subject[^1].Start..subject[^1].End].EndsWith('s'));
    }

    /// <summary>The actor(s) right before a verb: "Hegseth", "Kyiv may", "Vance and ... Rubio,", "Zolkina of the ... Foundation".</summary>
    private (int Start, IReadOnlyList<string> Speakers)? Subject(SentenceTokens s, IReadOnlyList<Mention> mentions, int verbStart)
    {
        var nearest = mentions
            .Where(m => !m.IsWeak && !m.Possessive && m.End <= verbStart && s.Article[m.End..verbStart].Trim() is "" or ",")
            .OrderByDescending(m => m.End)
            .ThenBy(m => m.Start)
            .FirstOrDefault();
        if (nearest is null)
        {
            return null;
        }

        // "Mariia Zolkina of the Ilko Kucheriv Democratic Initiatives Foundation warned": the person speaks.
        var before = s.Article[s.Sentence.Start..nearest.Start];
        if (before.EndsWith(" of the ", StringComparison.Ordinal) || before.EndsWith(" at the ", StringComparison.Ordinal))
        {
            var cut = nearest.Start - " of the ".Length;
            var owner = mentions.FirstOrDefault(m => !m.IsWeak && m.End == cut && m.ActorKey.StartsWith("person:", StringComparison.Ordinal));
            if (owner is not null)
            {
                nearest = owner;
            }
        }

        var speakers = new List<string> { nearest.ActorKey };
        var start = nearest.Start;
        var current = nearest;
        while (mentions.Where(m => !m.IsWeak && m.End <= current.Start && s.Article[m.End..current.Start].Trim() is "and" or "," or ", and")
                   .OrderByDescending(m => m.End).FirstOrDefault() is { } previous)
        {
            speakers.Insert(0, previous.ActorKey);
            start = previous.Start;
            current = previous;
        }

        return (start, speakers.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>"Ukraine’s aspirations", "Trump’s announcement", "Trump’s “soft rhetoric”": a possessive before a stance noun or quoted words.</summary>
    private IEnumerable<Opening> FindPossessives(SentenceTokens s, IReadOnlyList<Mention> mentions)
    {
        foreach (var mention in mentions.Where(m => m.Possessive && !m.IsWeak))
        {
            var next = -1;
            for (var j = 0; j < s.Count; j++)
            {
                if (s[j].Start >= mention.End)
                {
                    next = j;
                    break;
                }
            }

            if (next < 0)
            {
                continue;
            }

            var quoted = s.Article[mention.End..s[next].Start].TrimStart('’', '\'', 's', ' ').StartsWith('“');
            var noun = Enumerable.Range(next, 3).Any(j => j < s.Count && gazetteer.StanceNouns.Match(s.Article, s.Tokens, j).Length > 0
                                                        && Enumerable.Range(next, j - next).All(a => !s[a].IsCapitalised && !s[a].Possessive));
            if (quoted || noun)
            {
                yield return new Opening(StatementKind.Possessive, mention.Start, mention.End, [mention.ActorKey], null);
            }
        }
    }

    /// <summary>"concerns from European allies over ...": a source noun, 'from' or 'by', and an actor.</summary>
    private IEnumerable<Opening> FindSources(SentenceTokens s, IReadOnlyList<Mention> mentions)
    {
        for (var j = 0; j + 1 < s.Count; j++)
        {
            if (!gazetteer.SourceNouns.Contains(s[j].Text) || !(s.IsWord(j + 1, "from") || s.IsWord(j + 1, "by")) || j + 2 >= s.Count)
            {
                continue;
            }

            var at = s.IsWord(j + 2, "the") && j + 3 < s.Count ? s[j + 3].Start : s[j + 2].Start;
            var source = mentions.FirstOrDefault(m => m.Start == at && !m.IsWeak);
            if (source is not null)
            {
                yield return new Opening(StatementKind.Sourced, s[j].Start, source.End, [source.ActorKey], null);
            }
        }
    }

    /// <summary>A continuing clause speaks for the last subject before it, or else for the sentence's first possessive ("Trump’s announcement ..., signaling").</summary>
    private static void ResolveContinuations(List<Opening> main, List<Opening> others)
    {
        for (var k = 0; k < main.Count; k++)
        {
            if (main[k].Kind != StatementKind.Continued)
            {
                continue;
            }

            var speakers = k > 0 && main[k - 1].Speakers.Count > 0
                ? main[k - 1].Speakers
                : others.Where(o => o.Kind == StatementKind.Possessive && o.Start < main[k].Start).Select(o => o.Speakers).FirstOrDefault() ?? [];
            main[k] = main[k] with { Speakers = speakers };
        }
    }

    /// <summary>Where a statement whose verb ends at <paramref name="from"/> stops: before the next opening, a foreign clause, or the sentence end.</summary>
    private int EndOf(SentenceTokens s, int from, int? next, IReadOnlyList<(int Start, int End)> quotes)
    {
        var limit = next ?? s.Sentence.End;
        for (var j = 0; j < s.Count; j++)
        {
            var token = s[j];
            if (token.Start <= from || token.Start >= limit || Inside(quotes, token.Start))
            {
                continue;
            }

            var gap = s.GapBefore(j);
            var semicolon = gap.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                return s[j - 1].End + semicolon;
            }

            if (gap.Contains(',', StringComparison.Ordinal) && gazetteer.ClauseBoundaries.Match(s.Article, s.Tokens, j).Length > 0)
            {
                return s[j - 1].End + gap.IndexOf(',', StringComparison.Ordinal);
            }
        }

        if (next is null)
        {
            return limit;
        }

        // Before the next opening: cut at the last comma outside quotes, else drop a trailing "and"/"but".
        for (var at = limit - 1; at > from; at--)
        {
            if (s.Article[at] is ',' or ';' or ':' && !Inside(quotes, at))
            {
                return at;
            }
        }

        var end = limit;
        var words = s.Tokens.Where(t => t.End <= limit && t.Start > from).ToList();
        if (words.Count > 0 && Coordinators.Contains(words[^1].Text))
        {
            end = words[^1].Start;
        }

        return end;
    }

    private static Statement Trimmed(SentenceTokens s, Opening opening, int end)
    {
        var start = opening.Start;
        while (end > start && (char.IsWhiteSpace(s.Article[end - 1]) || s.Article[end - 1] is '.' or ',' or ';' or ':' or '—' or '–'))
        {
            end--;
        }

        return new Statement(opening.Speakers, start, end, s.Sentence.Index, opening.Kind, opening.Verb);
    }

    private static void AddLooseQuotes(SentenceTokens s, IReadOnlyList<Mention> mentions, IReadOnlyList<(int Start, int End)> quotes, List<Opening> main, List<Statement> statements)
    {
        foreach (var (start, end) in quotes)
        {
            if (statements.Any(st => st.Start <= start && st.End >= end))
            {
                continue;
            }

            // “...,” Zelenskyy said: the quote belongs to the speaker right after it.
            var after = main.FirstOrDefault(m => m.Start >= end && s.Article[end..m.Start].Trim(' ', ',', '.') == string.Empty && m.Speakers.Count > 0);
            var speakers = after?.Speakers
                ?? mentions.Where(m => !m.IsWeak && m.End <= start).OrderByDescending(m => m.End).Select(m => (IReadOnlyList<string>)[m.ActorKey]).FirstOrDefault();
            if (speakers is not null)
            {
                statements.Add(new Statement(speakers, start, end, s.Sentence.Index, StatementKind.Quoted, null));
            }
        }
    }

    private static bool Inside(IReadOnlyList<(int Start, int End)> quotes, int at) => quotes.Any(q => at > q.Start && at < q.End - 1);

    private static bool IsAfterQuote(string before) =>
        before.EndsWith(",”", StringComparison.Ordinal) || before.EndsWith(",\"", StringComparison.Ordinal);

    /// <param name="Speech">The verb reports speech, so a clause right after it ("said Moscow would oppose ...") is what was said.</param>
    private sealed record Opening(StatementKind Kind, int Start, int VerbEnd, IReadOnlyList<string> Speakers, string? Verb)
    {
        public bool Speech { get; init; }
    }
}
