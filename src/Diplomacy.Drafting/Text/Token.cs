namespace Diplomacy.Drafting.Text;

/// <summary>
/// A word of the article: its place (<see cref="Start"/> inclusive, <see cref="End"/> exclusive,
/// as offsets into the whole article) and its text. <see cref="Possessive"/> is true when the
/// article writes <c>’s</c> or <c>'s</c> right after it ("Trump’s").
/// </summary>
public sealed record Token(int Start, int End, string Text, bool Possessive)
{
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
