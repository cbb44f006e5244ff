namespace Diplomacy.Scenarios.Tables;

/// <summary>
/// One non-blank line of a table with its 1-based line number. A class rather than a tuple: code
/// over reference types is shared and precompiled, so reading a table compiles nothing at start-up.
/// </summary>
internal sealed record TableLine(int Number, string Text);
