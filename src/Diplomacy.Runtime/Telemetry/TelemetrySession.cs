using System.Text;
using Diplomacy.Runtime.Output;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// The OpenTelemetry pipeline of one process: spans from Diplomacy and Orleans' grain calls,
/// metrics from Diplomacy, each sent where its <see cref="SignalExport"/> says. Text (the console
/// exporter, warnings) goes to the diagnostics writer — standard error — or to a file, never to
/// standard output. Dispose to flush what is pending; a failed export prints one warning and
/// never fails the run. With both signals off nothing is built and nothing listens.
/// </summary>
public sealed class TelemetrySession : IDisposable
{
    /// <summary>The <c>service.name</c> unless <c>OTEL_SERVICE_NAME</c> or <c>OTEL_RESOURCE_ATTRIBUTES</c> says otherwise.</summary>
    public const string DefaultServiceName = "diplomacy";

    private readonly TracerProvider? _tracing;
    private readonly MeterProvider? _metrics;
    private readonly ExportFailureWatcher? _watcher;
    private readonly TextWriter? _file;

    private TelemetrySession(TracerProvider? tracing, MeterProvider? metrics, ExportFailureWatcher? watcher, TextWriter? file)
    {
        _tracing = tracing;
        _metrics = metrics;
        _watcher = watcher;
        _file = file;
    }

    /// <param name="diagnostics">Where warnings and console lines go; standard error when null.</param>
    /// <param name="configureTracing">Extra tracing set-up, for example an in-memory exporter in tests.</param>
    /// <param name="configureMetrics">Extra metrics set-up, likewise.</param>
    /// <exception cref="IOException">The <see cref="TelemetryOptions.ConsoleFile"/> cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">Likewise.</exception>
    public static TelemetrySession Start(
        TelemetryOptions options,
        TextWriter? diagnostics = null,
        Action<TracerProviderBuilder>? configureTracing = null,
        Action<MeterProviderBuilder>? configureMetrics = null)
    {
        diagnostics = TextWriter.Synchronized(diagnostics ?? Console.Error);
        foreach (var warning in options.Warnings ?? [])
        {
            diagnostics.WriteLine($"diplomacy: warning: {warning}");
        }

        if (!options.Enabled && configureTracing is null && configureMetrics is null)
        {
            return new TelemetrySession(null, null, null, null);
        }

        var file = options.ConsoleFile is null ? null : TextWriter.Synchronized(new StreamWriter(options.ConsoleFile, append: false, new UTF8Encoding(false)));
        var text = file ?? diagnostics;
        var endpoints = new[] { options.Traces.Otlp, options.Metrics.Otlp }.OfType<OtlpTarget>().Select(t => t.Endpoint).ToList();
        var watcher = endpoints.Count > 0 ? ExportFailureWatcher.Watch(endpoints, diagnostics) : null;

        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(Resource())
            .AddSource(DiplomacyTelemetry.Name)
            .AddProcessor(new SpanDurations());
        if (options.Traces.Enabled || configureTracing is not null)
        {
            tracing.AddSource(DiplomacyTelemetry.OrleansSource);
        }

        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(Resource())
            .AddMeter(DiplomacyTelemetry.Name);

        switch (options.Traces)
        {
            case { Exporter: TelemetryExporter.Console }:
                tracing.AddProcessor(new BatchActivityExportProcessor(new SpanLineExporter(text)));
                break;
            case { Exporter: TelemetryExporter.Otlp, Otlp: { } target }:
                tracing.AddOtlpExporter(o => Apply(o, target));
                break;
        }

        switch (options.Metrics)
        {
            case { Exporter: TelemetryExporter.Console }:
                metrics.AddReader(new PeriodicExportingMetricReader(new MetricLineExporter(text)));
                break;
            case { Exporter: TelemetryExporter.Otlp, Otlp: { } target }:
                metrics.AddOtlpExporter((o, _) => Apply(o, target));
                break;
        }

        configureTracing?.Invoke(tracing);
        configureMetrics?.Invoke(metrics);
        return new TelemetrySession(tracing.Build(), metrics.Build(), watcher, file);
    }

    public void Dispose()
    {
        // Providers first: their last exports happen now, and a failure among them must still be heard.
        _tracing?.Dispose();
        _metrics?.Dispose();
        _watcher?.Dispose();
        _file?.Dispose();
    }

    /// <summary>
    /// The service, then the SDK, then the environment last, so that <c>OTEL_SERVICE_NAME</c> and
    /// <c>OTEL_RESOURCE_ATTRIBUTES</c> win over the built-in name, as the specification says.
    /// </summary>
    private static ResourceBuilder Resource() => ResourceBuilder.CreateEmpty()
        .AddService(DefaultServiceName, serviceVersion: PackageVersions.Clean(typeof(TelemetrySession).Assembly))
        .AddTelemetrySdk()
        .AddEnvironmentVariableDetector();

    private static void Apply(OtlpExporterOptions exporter, OtlpTarget target)
    {
        // Set explicitly, endpoint included: the exporter then sends exactly where the target says
        // (an endpoint set in code is never given a signal path by the exporter itself).
        exporter.Protocol = target.Protocol;
        exporter.Endpoint = target.Endpoint;
        if (target.Headers is not null)
        {
            exporter.Headers = target.Headers;
        }

        if (target.TimeoutMilliseconds is { } timeout)
        {
            exporter.TimeoutMilliseconds = timeout;
        }
    }
}
