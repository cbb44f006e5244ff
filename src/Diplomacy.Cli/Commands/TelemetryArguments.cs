using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Telemetry;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>--otel none|console|otlp</c>, <c>--otlp-endpoint URL</c>, <c>--otlp-protocol grpc|http/protobuf</c>
/// and <c>--otel-file PATH</c>, read with the standard <c>OTEL_*</c> variables (see
/// <see cref="TelemetrySettings"/>): what <c>run</c>, <c>compare</c> and <c>silo</c> share.
/// </summary>
public static class TelemetryArguments
{
    public static TelemetryOptions Read(ArgumentReader arguments)
    {
        var request = new TelemetryRequest(
            arguments.Option("otel"),
            arguments.Option("otlp-endpoint"),
            arguments.Option("otlp-protocol"),
            arguments.Option("otel-file"));
        try
        {
            return TelemetrySettings.Resolve(request, Environment.GetEnvironmentVariable);
        }
        catch (TelemetrySettingsException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Starts the pipeline; a <c>--otel-file</c> that cannot be written is the user's to fix (exit 2, nothing run).</summary>
    public static TelemetrySession Start(TelemetryOptions options, TextWriter error)
    {
        if (options.ConsoleFile is { } file)
        {
            try
            {
                // Opened once here only to hear about a bad path before anything runs; the session opens it for good.
                File.Create(file).Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new UsageException($"option '--otel-file': cannot write '{file}': {e.Message}");
            }
        }

        return TelemetrySession.Start(options, error);
    }
}
