using Diplomacy.Drafting.Gazetteers;

namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// Second pass, once every named person is known: a surname alone ("Trump", "the Trump
/// administration"), "the U.S. president" (the one person with that title and no other state),
/// and a sentence that starts with "He" or "She" (the person the last sentence was about).
/// </summary>
internal sealed class CoreferenceFinder(Gazetteer gazetteer, ActorTable actors)
{
    private string? _lastSubject;

    public void Find(SentenceTokens s)
    {
        FindSurnames(s);
        FindTitleReferences(s);
        FindPronoun(s);
        var first = actors.MentionsIn(s.Sentence.Index).FirstOrDefault(m => !m.IsWeak);
        if (first is not null && first.ActorKey.StartsWith("person:", StringComparison.Ordinal))
        {
            _lastSubject = first.ActorKey;
        }
    }

    private void FindSurnames(SentenceTokens s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Taken[i] || !s[i].IsCapitalised || actors.Find("person:" + s[i].Text) is not { } person)
            {
                continue;
            }

            var end = s.JoinedToNext(i) && i + 1 < s.Count && gazetteer.PersonGroups.Contains(s[i + 1].Text) ? i + 1 : i;
            actors.Mention(new Mention(s[i].Start, s[end].End, person.Key, s.Sentence.Index, s[end].Possessive));
            s.Take(i, end - i + 1);
            i = end;
        }
    }

    /// <summary>"the U.S. president": a title in any case after a state or organisation, standing for the person who holds it.</summary>
    private void FindTitleReferences(SentenceTokens s)
    {
        for (var i = 0; i + 2 < s.Count; i++)
        {
            if (!s.IsWord(i, "the") || !s.JoinedToNext(i))
            {
                continue;
            }

            var (qualifierLength, qualifier) = gazetteer.Names.Match(s.Article, s.Tokens, i + 1);
            var titleAt = i + 1 + qualifierLength;
            if (qualifierLength == 0 || qualifier is not { Kind: NameKind.State or NameKind.Demonym or NameKind.Organisation }
                || !s.JoinedToNext(titleAt - 1) || s.AnyTaken(titleAt, 1))
            {
                continue;
            }

            var (titleLength, title) = gazetteer.TitlesAnyCase.Match(s.Article, s.Tokens, titleAt);
            if (titleLength == 0 || title is null)
            {
                continue;
            }

            var qualifierKey = (qualifier.Kind == NameKind.Organisation ? "org:" : "state:") + qualifier.Id;
            var holders = actors.People
                .Where(p => string.Equals(p.Title, title.Title, StringComparison.OrdinalIgnoreCase) && (p.MemberOfKey is null || p.MemberOfKey == qualifierKey))
                .ToList();
            if (holders.Count != 1)
            {
                continue;
            }

            var last = titleAt + titleLength - 1;
            holders[0].MemberOfKey ??= qualifierKey;
            actors.Mention(new Mention(s[i + 1].Start, s[last].End, holders[0].Key, s.Sentence.Index, s[last].Possessive));
            s.Take(titleAt, titleLength);
            i = last;
        }
    }

    /// <summary>"He ..." starting a sentence, or "“...,” he told reporters" after a quote: the person the last sentence was about.</summary>
    private void FindPronoun(SentenceTokens s)
    {
        if (_lastSubject is null)
        {
            return;
        }

        for (var i = 0; i < s.Count; i++)
        {
            var gap = s.GapBefore(i).TrimEnd();
            var opensSentence = i == 0 && gazetteer.Pronouns.Contains(s[i].Text);
            var afterQuote = i > 0 && gazetteer.Pronouns.Contains(Capitalised(s[i].Text)) && (gap.EndsWith(",”", StringComparison.Ordinal) || gap.EndsWith(",\"", StringComparison.Ordinal));
            if (!s.Taken[i] && (opensSentence || afterQuote))
            {
                actors.Mention(new Mention(s[i].Start, s[i].End, _lastSubject, s.Sentence.Index, s[i].Possessive));
                s.Take(i, 1);
            }
        }
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
