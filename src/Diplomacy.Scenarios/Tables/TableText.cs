namespace Diplomacy.Scenarios.Tables;

/// <summary>The non-blank lines of a table with their 1-based line numbers; \r\n or \n endings, a BOM skipped.</summary>
internal static class TableText
{
    public static List<TableLine> Lines(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var nonBlank = new List<TableLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length > 0)
            {
                nonBlank.Add(new TableLine(i + 1, line));
            }
        }

        return nonBlank;
    }
}
