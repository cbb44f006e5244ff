namespace Diplomacy.Runtime.Telemetry;

/// <summary>The telemetry options as typed on the command line (null when not given), before the environment is consulted.</summary>
public sealed record TelemetryRequest(string? Otel = null, string? OtlpEndpoint = null, string? OtlpProtocol = null, string? OtelFile = null);
