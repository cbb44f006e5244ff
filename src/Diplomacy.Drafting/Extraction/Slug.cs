using System.Globalization;
using System.Text;

namespace Diplomacy.Drafting.Extraction;

/// <summary>Lower-kebab-case ids from names: accents dropped, anything not a letter or digit a hyphen ("Sébastien Lecornu" → "sebastien-lecornu").</summary>
public static class Slug
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '’' or '\'' or '.')
            {
                // "U.S." is "us", "O’Brien" is "obrien".
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
