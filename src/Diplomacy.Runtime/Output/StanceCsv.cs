using System.Globalization;

namespace Diplomacy.Runtime.Output;

/// <summary>The <c>stances.csv</c> format: a header, then one row per actor, issue and round.</summary>
public static class StanceCsv
{
    public const string Header = "run,seed,round,actor,issue,position";

    public static string ToLine(StanceRow row) => string.Join(
        ',',
        Quote(row.Run),
        row.Seed.ToString(CultureInfo.InvariantCulture),
        row.Round.ToString(CultureInfo.InvariantCulture),
        Quote(row.Actor),
        Quote(row.Issue),
        row.Position.ToString("R", CultureInfo.InvariantCulture));

    // Ids are plain words in practice; quoting keeps the file valid if a name ever holds a comma.
    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
