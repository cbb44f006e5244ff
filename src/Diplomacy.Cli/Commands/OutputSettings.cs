using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Tables;
using Diplomacy.Runtime.Telemetry;
using Spectre.Console;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// Options <c>run</c> and <c>compare</c> share: <c>--format csv|parquet</c> for the tables,
/// the <see cref="TelemetryArguments"/> for telemetry, <c>--quiet</c>.
/// </summary>
public sealed record OutputSettings(TableFormat Format, TelemetryOptions Telemetry, bool Quiet)
{
    public const string UsageLine = "[--format csv|parquet] " + TelemetryArguments.UsageLine + " [--quiet]";

    public static IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "quiet" };

    public static OutputSettings Read(ArgumentReader arguments)
    {
        var format = arguments.Choice("format", "csv", "csv", "parquet") == "parquet" ? TableFormat.Parquet : TableFormat.Csv;
        return new OutputSettings(format, ReadTelemetry(arguments), arguments.Flag("quiet"));
    }

    /// <summary>The telemetry options alone: what a silo, which writes no files, takes.</summary>
    public static TelemetryOptions ReadTelemetry(ArgumentReader arguments) => TelemetryArguments.Read(arguments);

    /// <summary>
    /// A live progress display only on a real terminal, never with <c>--quiet</c>, and not while the
    /// console exporter prints spans on standard error, which shares the screen.
    /// </summary>
    public bool ShowsProgress(TextWriter output) =>
        !Quiet
        && !Telemetry.PrintsOnStandardError
        && ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive;
}
