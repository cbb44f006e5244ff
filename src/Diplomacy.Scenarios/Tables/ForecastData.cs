namespace Diplomacy.Scenarios.Tables;

/// <summary>A data file for <c>diplomacy forecast</c>: one issue for a BDM table, one per dimension for KTAB.</summary>
/// <param name="Source">The file it was read from.</param>
/// <param name="Title">The KTAB scenario name, or the file name for a BDM table.</param>
/// <param name="Issues">The issues, each forecast on its own.</param>
public sealed record ForecastData(string Source, string Title, IReadOnlyList<IssueTable> Issues)
{
    /// <summary>Reads a BDM table or a KTAB spatial-model file, telling them apart by the first line.</summary>
    public static ForecastData Read(string path)
    {
        return Parse(Input.InputFile.ReadText(path, Input.InputKind.Table), path);
    }

    public static ForecastData Parse(string text, string file)
    {
        // Indexes, not list patterns with variables: Stryker cannot compile the mutants of those (docs/testing.md).
        var lines = TableText.Lines(text, 0);
        var cells = lines.Count == 0 ? [] : CsvLine.Split(lines[0].Text, file, lines[0].Number);
        return cells.Count > 0 && cells[0].Text.Equals("Actor", StringComparison.OrdinalIgnoreCase)
            ? BdmTableReader.Parse(text, file)
            : KtabTableReader.Parse(text, file);
    }
}
