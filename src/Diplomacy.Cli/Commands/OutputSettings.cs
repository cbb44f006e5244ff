using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Tables;
using Diplomacy.Runtime.Telemetry;
using Spectre.Console;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// Options <c>run</c> and <c>compare</c> share: <c>--format csv|parquet</c> for the tables,
/// <c>--otel none|console|otlp</c> and <c>--otlp-endpoint URL</c> for telemetry, <c>--quiet</c>.
/// </summary>
public sealed record OutputSettings(TableFormat Format, TelemetryOptions Telemetry, bool Quiet)
{
    public const string OptionsHelp = """
          --format csv|parquet     the stances and trace tables as CSV (default) or Parquet; trace.jsonl is always written
          --quiet                  print only the output folder
        """ + "\n" + TelemetryHelp;

    public const string TelemetryHelp = """
          --otel none|console|otlp OpenTelemetry: off (default), spans printed on the console, or sent by OTLP
          --otlp-endpoint URL      the collector for --otel otlp (default http://localhost:4317)
        """;

    public static OutputSettings Read(ArgumentReader arguments)
    {
        var format = arguments.Choice("format", "csv", "csv", "parquet") == "parquet" ? TableFormat.Parquet : TableFormat.Csv;
        return new OutputSettings(format, ReadTelemetry(arguments), arguments.Flag("quiet"));
    }

    /// <summary><c>--otel</c> and <c>--otlp-endpoint</c> alone: what a silo, which writes no files, takes.</summary>
    public static TelemetryOptions ReadTelemetry(ArgumentReader arguments)
    {
        var exporter = arguments.Choice("otel", "none", "none", "console", "otlp") switch
        {
            "console" => TelemetryExporter.Console,
            "otlp" => TelemetryExporter.Otlp,
            _ => TelemetryExporter.None,
        };
        var endpointText = arguments.Option("otlp-endpoint");
        Uri? endpoint = null;
        if (endpointText is not null)
        {
            if (exporter != TelemetryExporter.Otlp)
            {
                throw new UsageException("option '--otlp-endpoint' needs '--otel otlp'");
            }

            if (!Uri.TryCreate(endpointText, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"option '--otlp-endpoint' expects an http(s) address such as http://localhost:4317, got '{endpointText}'");
            }
        }

        return new TelemetryOptions(exporter, endpoint);
    }

    /// <summary>
    /// A live progress display only on a real terminal, never with <c>--quiet</c>, and not while the
    /// console exporter prints spans to the same screen.
    /// </summary>
    public bool ShowsProgress(TextWriter output) =>
        !Quiet
        && Telemetry.Exporter != TelemetryExporter.Console
        && ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && AnsiConsole.Profile.Capabilities.Interactive;
}
