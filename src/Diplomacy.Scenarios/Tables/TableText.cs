namespace Diplomacy.Scenarios.Tables;

/// <summary>The non-blank lines of a table with their 1-based line numbers; \r\n or \n endings, a BOM skipped.</summary>
internal static class TableText
{
    /// <summary>
    /// The first <paramref name="limit"/> + 1 non-blank lines at most: a caller that gets more
    /// than <paramref name="limit"/> reports the table too long without every line having been made.
    /// </summary>
    public static List<TableLine> Lines(string text, int limit)
    {
        var rest = text.AsSpan().TrimStart('\uFEFF');
        var nonBlank = new List<TableLine>();
        for (var number = 1; nonBlank.Count <= limit; number++)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            if (!line.IsWhiteSpace())
            {
                nonBlank.Add(new TableLine(number, line.ToString()));
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        return nonBlank;
    }
}
