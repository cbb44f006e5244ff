namespace Diplomacy.Runtime.Telemetry;

/// <param name="OtlpEndpoint">Collector address for <see cref="TelemetryExporter.Otlp"/>; null means the exporter's default (<c>http://localhost:4317</c>, gRPC).</param>
public sealed record TelemetryOptions(TelemetryExporter Exporter, Uri? OtlpEndpoint = null)
{
    public static TelemetryOptions Off { get; } = new(TelemetryExporter.None);

    public bool Enabled => Exporter != TelemetryExporter.None;
}
