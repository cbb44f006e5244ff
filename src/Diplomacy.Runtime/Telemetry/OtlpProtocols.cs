using OpenTelemetry.Exporter;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>The OTLP transports, under the names <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and <c>--otlp-protocol</c> use.</summary>
public static class OtlpProtocols
{
    public const string Grpc = "grpc";
    public const string HttpProtobuf = "http/protobuf";

    /// <summary>Null for anything else, including <c>http/json</c>, which the exporter cannot send.</summary>
    public static OtlpExportProtocol? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        Grpc => OtlpExportProtocol.Grpc,
        HttpProtobuf => OtlpExportProtocol.HttpProtobuf,
        _ => null,
    };
}
