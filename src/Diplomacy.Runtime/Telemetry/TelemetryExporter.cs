namespace Diplomacy.Runtime.Telemetry;

/// <summary>Where one signal (spans or metrics) goes: <c>--otel none|console|otlp</c>.</summary>
public enum TelemetryExporter
{
    /// <summary>Nothing is collected; for spans, Orleans' activity propagation stays off too (it costs about 28 % throughput).</summary>
    None,

    /// <summary>One line per span or metric point, on standard error or into <c>--otel-file</c>; never on standard output.</summary>
    Console,

    /// <summary>Sent to an OpenTelemetry collector over OTLP (gRPC or HTTP/protobuf).</summary>
    Otlp,
}
