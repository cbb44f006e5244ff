namespace Diplomacy.Scenarios.Tables;

/// <summary>The non-blank lines of a table with their 1-based line numbers; \r\n or \n endings, a BOM skipped.</summary>
internal static class TableText
{
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length > 0)
            {
                yield return (i + 1, line);
            }
        }
    }
}
