namespace Diplomacy.Runtime.Telemetry;

/// <summary>The two signals a run emits, with the names OTLP uses in variables and paths.</summary>
public enum TelemetrySignal
{
    Traces,
    Metrics,
}
