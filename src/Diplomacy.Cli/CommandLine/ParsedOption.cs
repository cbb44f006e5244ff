namespace Diplomacy.Cli.CommandLine;

/// <summary>
/// One <c>--name value</c> (Value null for a flag). A class rather than a tuple: code over
/// reference types is shared and precompiled, so reading arguments compiles nothing at start-up.
/// </summary>
public sealed record ParsedOption(string Name, string? Value);
