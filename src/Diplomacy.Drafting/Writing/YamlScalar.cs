using System.Globalization;
using System.Text;

namespace Diplomacy.Drafting.Writing;

/// <summary>
/// Writes text as a YAML scalar for a block mapping: plain when YAML would read it back as the
/// same text (most quotes, curly quotes included), double-quoted otherwise. The word
/// <c>draft</c>, numbers, booleans and anything with ": " or " #" are always quoted, so text is
/// never read back as something else.
/// </summary>
public static class YamlScalar
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "draft",
    };

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsSafePlain(text) ? text : Quoted(text);
    }

    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsSafePlain(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || Reserved.Contains(text))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal) || text[0] == '+'
            || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return false;
        }

        return !text.Any(c => char.IsControl(c) || c == '\uFEFF');
    }
}
