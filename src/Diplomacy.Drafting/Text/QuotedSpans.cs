namespace Diplomacy.Drafting.Text;

/// <summary>
/// Words the article puts in quotation marks, typographic (“…”) or straight ("…"), found within
/// one sentence. A span includes its marks. An opening mark without a closing one is ignored.
/// </summary>
public static class QuotedSpans
{
    public static IReadOnlyList<(int Start, int End)> In(string article, Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(sentence);
        var spans = new List<(int Start, int End)>();
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = article[i];
            var close = c switch
            {
                '“' => '”',
                '"' => '"',
                _ => '\0',
            };
            if (close == '\0')
            {
                i++;
                continue;
            }

            var end = article.IndexOf(close, i + 1);
            if (end < 0 || end >= sentence.End)
            {
                i++;
                continue;
            }

            spans.Add((i, end + 1));
            i = end + 1;
        }

        return spans;
    }
}
