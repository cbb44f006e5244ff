namespace Diplomacy.Cli.CommandLine;

/// <summary>The command line itself is wrong (unknown option, missing value): print and exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);
