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
    public const string OptionsHelp = """
          --format csv|parquet     the stances and trace tables as CSV (default) or Parquet; trace.jsonl is always written
          --quiet                  print only the output folder
        """ + "\n" + TelemetryHelp;

    /// <summary>The telemetry options, as run, compare and silo list them (see <see cref="TelemetryArguments"/>).</summary>
    public const string TelemetryHelp = """
          --otel none|console|otlp where spans and metrics go: nowhere (default), standard error, or a collector
          --otlp-endpoint URL      the collector's base address for --otel otlp (default http://localhost:4317,
                                   or http://localhost:4318 with http/protobuf)
          --otlp-protocol grpc|http/protobuf
                                   the OTLP transport for --otel otlp (default grpc)
          --otel-file PATH         with --otel console: write the telemetry lines to PATH instead of standard error
          The standard OTEL_* variables (OTEL_EXPORTER_OTLP_ENDPOINT, ..._PROTOCOL, OTEL_SERVICE_NAME,
          OTEL_SDK_DISABLED, ...) are read too; the command line wins. See docs/telemetry-and-reports.md.
        """;

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
