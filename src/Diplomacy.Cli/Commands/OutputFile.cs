namespace Diplomacy.Cli.Commands;

/// <summary>
/// A file to write: its name in the output folder and its text. A class rather than a tuple: code
/// over reference types is shared and precompiled, so writing the output compiles nothing at start-up.
/// </summary>
internal sealed record OutputFile(string Name, string Content);
