namespace Diplomacy.Cli.CommandLine;

/// <summary>
/// What a command reads from and writes to: answers from <see cref="In"/> (seed review asks
/// questions), results on <see cref="Out"/>, and on <see cref="Error"/> what must not mix with
/// them (telemetry lines, an unhealthy silo). Tests pass writers of their own.
/// </summary>
public sealed record CommandStreams(TextReader In, TextWriter Out, TextWriter Error);
