using Diplomacy.Drafting.Gazetteers;
using Diplomacy.Model.World;

namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// First pass over a sentence: the names that stand on their own. In order, so that the longer
/// reading wins: joint statements and their signatories, titled people ("German Defense Minister
/// Boris Pistorius"), names from the gazetteers (states, capitals, demonyms with a people noun,
/// organisations, regions), organisations by their last word ("... Foundation"), and untitled
/// people that a cue marks as persons ("analysts like Mariia Zolkina", "John Smith said").
/// </summary>
internal sealed class MentionFinder(Gazetteer gazetteer, ActorTable actors)
{
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "bin", "al", "ibn", "von", "van", "der", "de", "da", "di", "du", "la", "le" };

    public void Find(SentenceTokens s)
    {
        FindJointStatements(s);
        FindTitledPeople(s);
        FindKnownNames(s);
        FindNamedOrganisations(s);
        FindUntitledPeople(s);
    }

    /// <summary>"A joint statement from France, Germany, the UK, and others": the signatories become one group.</summary>
    private void FindJointStatements(SentenceTokens s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var (length, _) = gazetteer.JointNouns.Match(s.Article, s.Tokens, i);
            if (length == 0 || !(s.IsWord(i + length, "from") || s.IsWord(i + length, "by") || s.IsWord(i + length, "of")))
            {
                continue;
            }

            var members = new List<(int From, int Count, KnownName Name)>();
            var k = i + length + 1;
            var end = k;
            while (k < s.Count)
            {
                if (s.IsWord(k, "the") && s.JoinedToNext(k))
                {
                    k++;
                }

                var (found, name) = gazetteer.Names.Match(s.Article, s.Tokens, k);
                if (found > 0 && name is { Kind: NameKind.State or NameKind.Organisation })
                {
                    members.Add((k, found, name));
                    end = k + found;
                    k = end;
                    var gap = s.GapBefore(Math.Min(k, s.Count - 1)).Trim();
                    if (k < s.Count && gap is "," or "and" or ", and" or "")
                    {
                        if (s.IsWord(k, "and"))
                        {
                            k++;
                        }

                        if (s.IsWord(k, "others"))
                        {
                            end = k + 1;
                            break;
                        }

                        continue;
                    }
                }

                break;
            }

            var states = members.Where(m => m.Name.Kind == NameKind.State).Select(m => gazetteer.States[m.Name.Id]).ToList();
            if (members.Count < 2 || states.Count == 0 || states.Any(st => st.Region != states[0].Region))
            {
                continue;
            }

            var start = i > 0 && (s.IsWord(i - 1, "a") || s.IsWord(i - 1, "the")) ? i - 1 : i;
            var group = actors.Group(states[0].Region, s[start].Start);
            group.IsCoalition = true;
            foreach (var (from, count, name) in members)
            {
                var member = name.Kind == NameKind.State ? actors.State(name.Id, s[from].Start) : actors.Organisation(name.Id, s[from].Start);
                if (!group.Members.Contains(member.Key))
                {
                    group.Members.Add(member.Key);
                }

                actors.Mention(new Mention(s[from].Start, s[from + count - 1].End, member.Key, s.Sentence.Index, false, IsWeak: true));
            }

            actors.Mention(new Mention(s[start].Start, s[end - 1].End, group.Key, s.Sentence.Index, s[end - 1].Possessive));
            s.Take(start, end - start);
            i = end - 1;
        }
    }

    /// <summary>[qualifier] Title Name: "U.S. Defense Secretary Pete Hegseth", "NATO Secretary General Mark Rutte", "President Trump".</summary>
    private void FindTitledPeople(SentenceTokens s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Taken[i])
            {
                continue;
            }

            var (length, title) = gazetteer.Titles.Match(s.Article, s.Tokens, i);
            if (length == 0 || title is null || s[i + length - 1].Possessive || !s.JoinedToNext(i + length - 1))
            {
                continue;
            }

            var nameCount = NameLength(s, i + length);
            if (nameCount == 0)
            {
                continue;
            }

            var nameStart = i + length;
            var nameEnd = nameStart + nameCount - 1;
            var person = Person(s, nameStart, nameEnd);
            person.Title ??= s.Article[s[i].Start..s[i + length - 1].End];
            if (title.IsAnalyst)
            {
                person.Kind = ActorKind.Analyst;
            }

            var start = i;
            if (Qualifier(s, i) is { } qualifier)
            {
                start = qualifier.From;
                person.MemberOfKey ??= qualifier.ActorKey;
                person.Role ??= s.Article[s[start].Start..s[i + length - 1].End];
                actors.Mention(new Mention(s[start].Start, s[i - 1].End, qualifier.ActorKey, s.Sentence.Index, false, IsWeak: true));
            }

            person.Role ??= person.Title;
            actors.Mention(new Mention(s[start].Start, s[nameEnd].End, person.Key, s.Sentence.Index, s[nameEnd].Possessive));
            s.Take(start, nameEnd - start + 1);
            i = nameEnd;
        }
    }

    /// <summary>The state or organisation written just before a title: "Russian", "U.S.", "NATO", "Ukraine’s".</summary>
    private (int From, string ActorKey)? Qualifier(SentenceTokens s, int titleStart)
    {
        var last = titleStart - 1;
        if (last < 0 || s.Taken[last] || !(s.JoinedToNext(last) || s[last].Possessive))
        {
            return null;
        }

        var (length, name) = gazetteer.Names.MatchEndingAt(s.Article, s.Tokens, last);
        if (length == 0 || name is null || s.AnyTaken(last - length + 1, length))
        {
            return null;
        }

        var from = last - length + 1;
        return name.Kind switch
        {
            NameKind.State or NameKind.Demonym => (from, actors.State(name.Id, s[from].Start).Key),
            NameKind.Organisation => (from, actors.Organisation(name.Id, s[from].Start).Key),
            _ => null,
        };
    }

    /// <summary>States, capitals, demonyms, organisations and regions the gazetteers know.</summary>
    private void FindKnownNames(SentenceTokens s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Taken[i])
            {
                continue;
            }

            var (length, name) = gazetteer.Names.Match(s.Article, s.Tokens, i);
            if (length == 0 || name is null || s.AnyTaken(i, length))
            {
                continue;
            }

            var last = i + length - 1;
            var withNoun = s.JoinedToNext(last) && last + 1 < s.Count && gazetteer.GroupNouns.Contains(s[last + 1].Text) && !s[last + 1].IsCapitalised;
            var end = withNoun ? last + 1 : last;
            string? key = name.Kind switch
            {
                NameKind.State => actors.State(name.Id, s[i].Start).Key,
                NameKind.Demonym => actors.State(name.Id, s[i].Start).Key,
                NameKind.Organisation => actors.Organisation(name.Id, s[i].Start).Key,
                NameKind.RegionDemonym when withNoun => RegionGroup(name.Id, s[last + 1].Text.ToLowerInvariant(), s[i].Start),
                NameKind.Region => "region:" + name.Id,
                _ => null,
            };
            if (key is null)
            {
                continue;
            }

            var weak = name.Kind == NameKind.Demonym && !withNoun;
            actors.Mention(new Mention(s[i].Start, s[end].End, key, s.Sentence.Index, s[end].Possessive, weak));
            s.Take(i, end - i + 1);
            i = end;
        }
    }

    private string RegionGroup(string regionId, string noun, int offset)
    {
        var group = actors.Group(regionId, offset);
        if (!group.GroupNouns.Contains(noun))
        {
            group.GroupNouns.Add(noun);
        }

        return group.Key;
    }

    /// <summary>Capitalised names ending in an organisation's word: "the Ilko Kucheriv Democratic Initiatives Foundation", "Council on Foreign Relations".</summary>
    private void FindNamedOrganisations(SentenceTokens s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Taken[i] || !gazetteer.OrganisationSuffixes.Contains(s[i].Text))
            {
                continue;
            }

            var start = i;
            while (start > 0 && !s.Taken[start - 1] && s.JoinedToNext(start - 1) && IsNameWord(s[start - 1].Text) && !gazetteer.NameStopWords.Contains(s[start - 1].Text))
            {
                start--;
            }

            var end = i;
            while (end + 2 < s.Count && !s[end].Possessive && s.JoinedToNext(end) && s[end + 1].Text is "for" or "of" or "on" && s.JoinedToNext(end + 1)
                   && !s.Taken[end + 2] && IsNameWord(s[end + 2].Text) && !gazetteer.NameStopWords.Contains(s[end + 2].Text))
            {
                end += 2;
                while (end + 1 < s.Count && !s.Taken[end + 1] && s.JoinedToNext(end) && IsNameWord(s[end + 1].Text))
                {
                    end++;
                }
            }

            if (start == i && end == i)
            {
                continue;
            }

            if (gazetteer.EventSuffixes.Contains(s[end].Text))
            {
                i = end;
                continue;
            }

            var organisation = actors.NamedOrganisation(s.Article[s[start].Start..s[end].End], s[start].Start);
            actors.Mention(new Mention(s[start].Start, s[end].End, organisation.Key, s.Sentence.Index, s[end].Possessive));
            s.Take(start, end - start + 1);
            i = end;
        }
    }

    /// <summary>Untitled people, only where a cue says a person is meant: "analysts like X Y", "according to X Y", "X Y said", "X Y of the ...".</summary>
    private void FindUntitledPeople(SentenceTokens s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Taken[i] || gazetteer.NameStopWords.Contains(s[i].Text))
            {
                continue;
            }

            var count = NameLength(s, i);
            if (count < 2)
            {
                continue;
            }

            var last = i + count - 1;
            var analyst = i > 0 && s.JoinedToNext(i - 1) && gazetteer.AnalystCues.MatchEndingAt(s.Article, s.Tokens, i - 1).Length > 0;
            var speaker = i > 0 && s.JoinedToNext(i - 1) && gazetteer.SpeakerCues.MatchEndingAt(s.Article, s.Tokens, i - 1).Length > 0;
            var member = MemberOfAfter(s, last);
            var apposition = AppositionAfter(s, last);
            var speaks = (s.JoinedToNext(last) || (s.GapAfter(last) == ", " && s.GapBefore(i).EndsWith(", ", StringComparison.Ordinal)))
                         && gazetteer.Verbs.Match(s.Article, s.Tokens, last + 1) is { Length: > 0, Value: { IsSpeech: true, IsBase: false } };
            if (!analyst && !speaker && member is null && apposition is null && !speaks)
            {
                i = last;
                continue;
            }

            var person = Person(s, i, last);
            if (analyst || apposition is { Analyst: true })
            {
                person.Kind = ActorKind.Analyst;
                person.Role ??= apposition?.Role ?? "Analyst";
            }

            person.MemberOfKey ??= member ?? apposition?.OrganisationKey;
            actors.Mention(new Mention(s[i].Start, s[last].End, person.Key, s.Sentence.Index, s[last].Possessive));
            s.Take(i, count);
            i = last;
        }
    }

    /// <summary>
    /// "X Y, a researcher at the Balkans Policy Institute": an apposition after a name that names
    /// the person's trade (an analyst cue) and, optionally, the organisation.
    /// </summary>
    private (bool Analyst, string Role, string? OrganisationKey)? AppositionAfter(SentenceTokens s, int nameEnd)
    {
        if (s.GapAfter(nameEnd) != ", " || !(s.IsWord(nameEnd + 1, "a") || s.IsWord(nameEnd + 1, "an")) || !s.JoinedToNext(nameEnd + 1))
        {
            return null;
        }

        var (cue, _) = gazetteer.AnalystCues.Match(s.Article, s.Tokens, nameEnd + 2);
        if (cue == 0)
        {
            return null;
        }

        var role = s.Article[s[nameEnd + 2].Start..s[nameEnd + 1 + cue].End];
        var after = nameEnd + 1 + cue;
        string? organisation = null;
        if (s.JoinedToNext(after) && (s.IsWord(after + 1, "at") || s.IsWord(after + 1, "of") || s.IsWord(after + 1, "with")) && s.IsWord(after + 2, "the") && after + 3 < s.Count)
        {
            var start = s[after + 3].Start;
            organisation = actors.MentionsIn(s.Sentence.Index).FirstOrDefault(m => m.Start == start && m.ActorKey.StartsWith("org:", StringComparison.Ordinal))?.ActorKey;
        }

        return (true, char.ToUpperInvariant(role[0]) + role[1..], organisation);
    }

    /// <summary>The organisation named in "of the X" or "at the X" right after a person's name, if a mention already holds it.</summary>
    private string? MemberOfAfter(SentenceTokens s, int nameEnd)
    {
        if (!(s.JoinedToNext(nameEnd) && (s.IsWord(nameEnd + 1, "of") || s.IsWord(nameEnd + 1, "at")) && s.IsWord(nameEnd + 2, "the") && nameEnd + 3 < s.Count))
        {
            return null;
        }

        var start = s[nameEnd + 3].Start;
        return actors.MentionsIn(s.Sentence.Index).FirstOrDefault(m => m.Start == start && m.ActorKey.StartsWith("org:", StringComparison.Ordinal))?.ActorKey;
    }

    private ActorDraft Person(SentenceTokens s, int first, int last)
    {
        var fullName = s.Article[s[first].Start..s[last].End];
        return actors.Person(s[last].Text, fullName, s[first].Start);
    }

    /// <summary>How many tokens from <paramref name="start"/> make a person's name (at most four, particles allowed inside), 0 when none.</summary>
    private int NameLength(SentenceTokens s, int start)
    {
        var count = 0;
        for (var k = start; k < s.Count && count < 5; k++)
        {
            var text = s[k].Text;
            var isParticle = NameParticles.Contains(text) && count > 0 && k + 1 < s.Count && IsNameWord(s[k + 1].Text);
            if (s.Taken[k] || (!isParticle && (!IsNameWord(text) || gazetteer.Names.Match(s.Article, s.Tokens, k).Length > 0 || gazetteer.Titles.Match(s.Article, s.Tokens, k).Length > 0)))
            {
                break;
            }

            if (count == 0 && gazetteer.NameStopWords.Contains(text))
            {
                break;
            }

            count++;
            if (s[k].Possessive || !s.JoinedToNext(k))
            {
                break;
            }
        }

        // A name does not end on a particle.
        while (count > 0 && NameParticles.Contains(s[start + count - 1].Text))
        {
            count--;
        }

        return count > 4 ? 0 : count;
    }

    /// <summary>A word that can be part of a name: capitalised with a lower-case letter after ("Zelenskyy", "McConnell") or a short capital run ("JD").</summary>
    private static bool IsNameWord(string word) =>
        word.Length > 0 && char.IsUpper(word[0])
        && (word.Skip(1).Any(char.IsLower) || (word.Length <= 3 && word.All(char.IsUpper)));
}
