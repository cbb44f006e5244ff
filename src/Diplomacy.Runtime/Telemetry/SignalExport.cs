namespace Diplomacy.Runtime.Telemetry;

/// <summary>Where one signal goes; <paramref name="Otlp"/> is set exactly when <paramref name="Exporter"/> is <see cref="TelemetryExporter.Otlp"/>.</summary>
public sealed record SignalExport(TelemetryExporter Exporter, OtlpTarget? Otlp = null)
{
    public static SignalExport Off { get; } = new(TelemetryExporter.None);

    public bool Enabled => Exporter != TelemetryExporter.None;
}
