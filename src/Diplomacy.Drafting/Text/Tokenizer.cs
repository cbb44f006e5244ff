using System.Text.RegularExpressions;

namespace Diplomacy.Drafting.Text;

/// <summary>
/// Splits text into words: runs of letters and digits, and dotted acronyms such as <c>U.S.</c>
/// kept whole. A possessive <c>’s</c> is folded into the word before it as a flag, so "Trump’s"
/// is one token "Trump" that is possessive. Punctuation is left in the gaps between tokens.
/// </summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokens(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var match = WordPattern().Match(text, start, end - start);
        while (match.Success)
        {
            var tokenEnd = match.Index + match.Length;
            var possessive = IsPossessiveAt(text, tokenEnd, end);
            tokens.Add(new Token(match.Index, tokenEnd, match.Value, possessive));
            match = match.NextMatch();
            if (possessive)
            {
                // The 's' of "’s" is not a word of its own.
                while (match.Success && match.Index < tokenEnd + 2)
                {
                    match = match.NextMatch();
                }
            }
        }

        return tokens;
    }

    public static IReadOnlyList<Token> Tokens(string text) => Tokens(text, 0, text?.Length ?? 0);

    private static bool IsPossessiveAt(string text, int at, int end) =>
        at + 1 < end
        && text[at] is '’' or '\''
        && text[at + 1] == 's'
        && (at + 2 >= end || !char.IsLetterOrDigit(text[at + 2]));

    // Dotted acronyms first (U.S., U.K., E.U.), then words of letters, marks and digits.
    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
