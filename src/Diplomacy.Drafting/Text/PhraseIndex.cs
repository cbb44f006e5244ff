namespace Diplomacy.Drafting.Text;

/// <summary>
/// Finds known phrases (names, titles, verb forms) in a run of tokens: the longest phrase that
/// starts at a token wins. Words are compared whole, ordinally, or ignoring case when asked; the
/// punctuation between words must match too, with a hyphen and a space counting as alike
/// ("Secretary-General" = "Secretary General") and ’ as '.
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly Dictionary<string, List<Phrase>> _byFirstWord;
    private readonly StringComparer _comparer;

    public PhraseIndex(IEnumerable<KeyValuePair<string, T>> phrases, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _byFirstWord = new Dictionary<string, List<Phrase>>(_comparer);
        foreach (var (text, value) in phrases)
        {
            var tokens = Tokenizer.Tokens(text);
            if (tokens.Count == 0)
            {
                continue;
            }

            var gaps = new string[tokens.Count - 1];
            for (var i = 1; i < tokens.Count; i++)
            {
                gaps[i - 1] = NormaliseGap(text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End));
            }

            var phrase = new Phrase(tokens.Select(t => t.Text).ToArray(), gaps, tokens[^1].Possessive, value);
            if (!_byFirstWord.TryGetValue(phrase.Words[0], out var list))
            {
                list = [];
                _byFirstWord.Add(phrase.Words[0], list);
            }

            list.Add(phrase);
        }

        foreach (var list in _byFirstWord.Values)
        {
            // Longest first, then file order (a stable sort), so the first match is the best one.
            var sorted = list.OrderByDescending(p => p.Words.Length).ToList();
            list.Clear();
            list.AddRange(sorted);
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="at"/>: how many tokens it spans and its value; (0, default) when none.</summary>
    public (int Length, T? Value) Match(string article, IReadOnlyList<Token> tokens, int at)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (at < 0 || at >= tokens.Count || !_byFirstWord.TryGetValue(tokens[at].Text, out var candidates))
        {
            return (0, default);
        }

        foreach (var phrase in candidates)
        {
            if (Matches(article, tokens, at, phrase))
            {
                return (phrase.Words.Length, phrase.Value);
            }
        }

        return (0, default);
    }

    /// <summary>The longest phrase that ends exactly at token <paramref name="last"/> (for words written before a name, such as "Russian" in "Russian President").</summary>
    public (int Length, T? Value) MatchEndingAt(string article, IReadOnlyList<Token> tokens, int last)
    {
        for (var length = Math.Min(last + 1, 6); length >= 1; length--)
        {
            var (found, value) = Match(article, tokens, last - length + 1);
            if (found == length)
            {
                return (found, value);
            }
        }

        return (0, default);
    }

    private bool Matches(string article, IReadOnlyList<Token> tokens, int at, Phrase phrase)
    {
        if (at + phrase.Words.Length > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Words.Length; i++)
        {
            var token = tokens[at + i];
            if (!_comparer.Equals(token.Text, phrase.Words[i]))
            {
                return false;
            }

            // Only the last word may be possessive ("Ukraine’s" matches Ukraine, "Ukraine’s President" is two things).
            if (i < phrase.Words.Length - 1 && token.Possessive)
            {
                return false;
            }

            if (i > 0)
            {
                var previous = tokens[at + i - 1];
                var gap = NormaliseGap(article.AsSpan(previous.End, token.Start - previous.End));
                if (!string.Equals(gap, phrase.Gaps[i - 1], StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string NormaliseGap(ReadOnlySpan<char> gap)
    {
        var builder = new System.Text.StringBuilder(gap.Length);
        var space = false;
        foreach (var c in gap)
        {
            if (char.IsWhiteSpace(c) || c == '-' || c == '‐' || c == '‑')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c == '’' ? '\'' : c);
        }

        return builder.Length == 0 && space ? " " : builder.ToString();
    }

    private sealed record Phrase(string[] Words, string[] Gaps, bool EndsPossessive, T Value);
}
