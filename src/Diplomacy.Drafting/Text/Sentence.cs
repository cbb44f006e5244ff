namespace Diplomacy.Drafting.Text;

/// <summary>
/// One sentence of the article: offsets into the article (<see cref="End"/> exclusive), the
/// 1-based line it is on, and whether it is a heading (a short line with no closing punctuation).
/// </summary>
public sealed record Sentence(int Index, int Start, int End, int Line, bool IsHeading)
{
    public string TextOf(string article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return article[Start..End];
    }

    public bool Contains(int start, int end) => start >= Start && end <= End;
}
