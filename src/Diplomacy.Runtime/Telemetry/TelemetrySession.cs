using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// The OpenTelemetry pipeline of one process: traces from Diplomacy and Orleans' grain calls,
/// metrics from Diplomacy, sent to the chosen exporter. Dispose to flush what is pending.
/// With <see cref="TelemetryExporter.None"/> nothing is built and nothing listens.
/// </summary>
public sealed class TelemetrySession : IDisposable
{
    private readonly TracerProvider? _tracing;
    private readonly MeterProvider? _metrics;

    private TelemetrySession(TracerProvider? tracing, MeterProvider? metrics)
    {
        _tracing = tracing;
        _metrics = metrics;
    }

    /// <param name="configureTracing">Extra tracing set-up, for example an in-memory exporter in tests.</param>
    /// <param name="configureMetrics">Extra metrics set-up, likewise.</param>
    public static TelemetrySession Start(
        TelemetryOptions options,
        Action<TracerProviderBuilder>? configureTracing = null,
        Action<MeterProviderBuilder>? configureMetrics = null)
    {
        if (!options.Enabled && configureTracing is null && configureMetrics is null)
        {
            return new TelemetrySession(null, null);
        }

        var tracing = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(r => r.AddService("diplomacy"))
            .AddSource(DiplomacyTelemetry.Name, DiplomacyTelemetry.OrleansSource);
        var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(r => r.AddService("diplomacy"))
            .AddMeter(DiplomacyTelemetry.Name);

        switch (options.Exporter)
        {
            case TelemetryExporter.Console:
                tracing.AddConsoleExporter();
                metrics.AddConsoleExporter();
                break;
            case TelemetryExporter.Otlp:
                tracing.AddOtlpExporter(o => SetEndpoint(o, options.OtlpEndpoint));
                metrics.AddOtlpExporter(o => SetEndpoint(o, options.OtlpEndpoint));
                break;
            case TelemetryExporter.None:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Exporter, "unknown exporter");
        }

        configureTracing?.Invoke(tracing);
        configureMetrics?.Invoke(metrics);
        return new TelemetrySession(tracing.Build(), metrics.Build());
    }

    public void Dispose()
    {
        _tracing?.Dispose();
        _metrics?.Dispose();
    }

    private static void SetEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions exporter, Uri? endpoint)
    {
        if (endpoint is not null)
        {
            exporter.Endpoint = endpoint;
        }
    }
}
