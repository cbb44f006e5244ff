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

    public static ForecastData Parse(string text, string file) =>
        TableText.Lines(text, 0) is [var first, ..]
        && CsvLine.Split(first.Text, file, first.Number) is [{ Text: var cell }, ..]
        && cell.Equals("Actor", StringComparison.OrdinalIgnoreCase)
            ? BdmTableReader.Parse(text, file)
            : KtabTableReader.Parse(text, file);
}
