using OpenTelemetry.Exporter;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// Where and how one signal is sent over OTLP, fully resolved: <paramref name="Endpoint"/> is the
/// address the requests go to (for HTTP/protobuf it already ends in <c>/v1/traces</c> or
/// <c>/v1/metrics</c>). <paramref name="Headers"/> (<c>key=value,...</c>) and
/// <paramref name="TimeoutMilliseconds"/> are null when the environment sets none.
/// </summary>
public sealed record OtlpTarget(Uri Endpoint, OtlpExportProtocol Protocol, string? Headers = null, int? TimeoutMilliseconds = null);
