namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// What one process does with its spans and its metrics, resolved from the command line and the
/// standard <c>OTEL_*</c> variables by <see cref="TelemetrySettings"/>.
/// </summary>
/// <param name="ConsoleFile">With a console exporter: the file its lines go to instead of standard error.</param>
/// <param name="Warnings">Settings from the environment that were ignored, and why; printed on standard error when the session starts.</param>
public sealed record TelemetryOptions(SignalExport Traces, SignalExport Metrics, string? ConsoleFile = null, IReadOnlyList<string>? Warnings = null)
{
    public static TelemetryOptions Off { get; } = new(SignalExport.Off, SignalExport.Off);

    public bool Enabled => Traces.Enabled || Metrics.Enabled;

    /// <summary>True when spans are exported: only then do grain calls need Orleans' activity propagation.</summary>
    public bool Tracing => Traces.Enabled;

    /// <summary>True when some signal is printed as text on standard error (not into a file).</summary>
    public bool PrintsOnStandardError =>
        ConsoleFile is null && (Traces.Exporter == TelemetryExporter.Console || Metrics.Exporter == TelemetryExporter.Console);
}
