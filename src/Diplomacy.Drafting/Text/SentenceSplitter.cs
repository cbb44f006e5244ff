namespace Diplomacy.Drafting.Text;

/// <summary>
/// Splits an article into sentences, line by line (a line break always ends a sentence). Inside
/// a line a sentence ends at <c>.</c>, <c>!</c> or <c>?</c> (with any closing quotes after it)
/// when a capital, a digit or an opening quote follows, except after an abbreviation ("Mr.",
/// "Gen."), an initial ("J.") or a dotted acronym ("U.S."), which news text puts before names.
/// List markers ("1.", "-", "•") at the start of a line are not part of the sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "St", "Jr", "Sr", "Lt", "Col", "Maj", "Capt", "Gov", "Prof",
        "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Adm", "Sgt",
    };

    /// <summary>Longest line, in words, still read as a heading when it has no closing punctuation.</summary>
    private const int HeadingWords = 12;

    public static IReadOnlyList<Sentence> Split(string article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = new List<Sentence>();
        var lineStart = 0;
        var lineNumber = 1;
        while (lineStart <= article.Length)
        {
            var lineEnd = article.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = article.Length;
            }

            SplitLine(article, lineStart, lineEnd, lineNumber, sentences);
            lineStart = lineEnd + 1;
            lineNumber++;
        }

        return sentences;
    }

    /// <summary>The sentence holding the first occurrence of <paramref name="quote"/>, or null when the article does not contain it.</summary>
    public static Sentence? Around(string article, IReadOnlyList<Sentence> sentences, string quote)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentences);
        var at = article.IndexOf(quote, StringComparison.Ordinal);
        return at < 0 ? null : sentences.FirstOrDefault(s => at >= s.Start && at < s.End) ?? sentences.LastOrDefault(s => s.Start <= at);
    }

    private static void SplitLine(string article, int start, int end, int line, List<Sentence> sentences)
    {
        while (end > start && char.IsWhiteSpace(article[end - 1]))
        {
            end--;
        }

        var first = sentences.Count;
        var sentenceStart = SkipListMarker(article, start, end);
        for (var i = sentenceStart; i < end; i++)
        {
            if (article[i] is not ('.' or '!' or '?') || !EndsSentence(article, sentenceStart, i, end, out var after))
            {
                continue;
            }

            Add(article, sentenceStart, after, line, sentences, heading: false);
            sentenceStart = after;
            while (sentenceStart < end && char.IsWhiteSpace(article[sentenceStart]))
            {
                sentenceStart++;
            }

            i = sentenceStart - 1;
        }

        if (sentenceStart < end)
        {
            var heading = sentences.Count == first && CountWords(article, sentenceStart, end) <= HeadingWords
                && article[end - 1] is not ('.' or '!' or '?' or '”' or '"');
            Add(article, sentenceStart, end, line, sentences, heading);
        }
    }

    private static void Add(string article, int start, int end, int line, List<Sentence> sentences, bool heading)
    {
        // A sentence of punctuation alone (" ." left after a quote) adds nothing.
        var hasLetter = false;
        for (var i = start; i < end && !hasLetter; i++)
        {
            hasLetter = char.IsLetter(article[i]);
        }

        if (hasLetter)
        {
            sentences.Add(new Sentence(sentences.Count, start, end, line, heading));
        }
    }

    private static bool EndsSentence(string article, int sentenceStart, int at, int end, out int after)
    {
        after = at + 1;
        while (after < end && article[after] is '”' or '"' or '’' or ')' or ']')
        {
            after++;
        }

        if (after >= end)
        {
            after = end;
            return true;
        }

        if (!char.IsWhiteSpace(article[after]))
        {
            return false;
        }

        var next = after;
        while (next < end && char.IsWhiteSpace(article[next]))
        {
            next++;
        }

        if (next >= end || !(char.IsUpper(article[next]) || char.IsDigit(article[next]) || article[next] is '“' or '"' or '‘' or '('))
        {
            return false;
        }

        return article[at] != '.' || !IsAbbreviation(article, sentenceStart, at);
    }

    private static bool IsAbbreviation(string article, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(article[wordStart - 1]) || article[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = article[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // "J." (an initial) and "U.S." (a dotted acronym, seen here as "U.S").
        if ((word.Length == 1 && char.IsUpper(word[0])) || (word.Contains('.', StringComparison.Ordinal) && word.Replace(".", string.Empty, StringComparison.Ordinal).All(char.IsUpper)))
        {
            return true;
        }

        return Abbreviations.Contains(word);
    }

    private static int SkipListMarker(string article, int start, int end)
    {
        var i = start;
        while (i < end && char.IsWhiteSpace(article[i]))
        {
            i++;
        }

        var markerEnd = i;
        if (markerEnd < end && article[markerEnd] is '-' or '•' or '*' or '–' or '—')
        {
            markerEnd++;
        }
        else
        {
            while (markerEnd < end && char.IsDigit(article[markerEnd]))
            {
                markerEnd++;
            }

            if (markerEnd == i || markerEnd >= end || article[markerEnd] is not ('.' or ')'))
            {
                return i;
            }

            markerEnd++;
        }

        if (markerEnd < end && article[markerEnd] == ' ')
        {
            while (markerEnd < end && char.IsWhiteSpace(article[markerEnd]))
            {
                markerEnd++;
            }

            return markerEnd;
        }

        return i;
    }

    private static int CountWords(string article, int start, int end)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var letter = !char.IsWhiteSpace(article[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
