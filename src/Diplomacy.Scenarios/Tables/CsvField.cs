namespace Diplomacy.Scenarios.Tables;

/// <summary>One cell of a CSV line, trimmed and unquoted, with the 1-based column where it starts.</summary>
public sealed record CsvField(string Text, int Column);
