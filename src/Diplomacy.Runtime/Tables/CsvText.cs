using System.Globalization;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// How values are spelled in CSV (RFC 4180): invariant culture, doubles in their shortest
/// round-trip form, empty for null, text quoted only when it must be.
/// </summary>
public static class CsvText
{
    public static string Format(object? value) => value switch
    {
        null => "",
        string text => Quote(text),
        double number => FormatNumber(number),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(value.ToString() ?? ""),
    };

    /// <summary>"R" gives the shortest text that parses back to the same double, whatever the culture; adding zero turns -0 into 0.</summary>
    public static string FormatNumber(double value) => (value + 0.0).ToString("R", CultureInfo.InvariantCulture);

    public static string Quote(string text)
    {
        var needsQuotes = text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])));
        return needsQuotes ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
