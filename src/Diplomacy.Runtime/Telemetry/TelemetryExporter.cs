namespace Diplomacy.Runtime.Telemetry;

/// <summary>Where spans and metrics go: <c>--otel none|console|otlp</c>.</summary>
public enum TelemetryExporter
{
    /// <summary>Nothing is collected and Orleans' activity propagation stays off (it costs about 28 % throughput).</summary>
    None,

    /// <summary>Spans and metrics are printed to standard output as they finish.</summary>
    Console,

    /// <summary>Spans and metrics are sent to an OpenTelemetry collector over OTLP.</summary>
    Otlp,
}
