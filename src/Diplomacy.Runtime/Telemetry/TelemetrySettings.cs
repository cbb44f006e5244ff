using OpenTelemetry.Exporter;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// Turns <c>--otel</c>, <c>--otlp-endpoint</c>, <c>--otlp-protocol</c> and <c>--otel-file</c> plus the
/// standard <c>OTEL_*</c> variables into <see cref="TelemetryOptions"/>, as the OpenTelemetry
/// specification says (sdk-environment-variables.md, protocol/exporter.md): the command line wins
/// over a signal's own variable (<c>OTEL_EXPORTER_OTLP_TRACES_*</c>), which wins over the shared
/// one (<c>OTEL_EXPORTER_OTLP_*</c>). A base address (<c>--otlp-endpoint</c>,
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) gets <c>v1/traces</c> or <c>v1/metrics</c> appended for
/// HTTP/protobuf; a signal's own endpoint is used as it is. Bad command-line values throw
/// <see cref="TelemetrySettingsException"/>; bad environment values are ignored with a warning,
/// as the specification asks.
/// </summary>
public static class TelemetrySettings
{
    public const string DefaultGrpcEndpoint = "http://localhost:4317";
    public const string DefaultHttpEndpoint = "http://localhost:4318";

    /// <param name="environment">Reads one variable; <see cref="Environment.GetEnvironmentVariable(string)"/> outside tests.</param>
    public static TelemetryOptions Resolve(TelemetryRequest request, Func<string, string?> environment)
    {
        var warnings = new List<string>();
        var chosen = request.Otel is null ? (TelemetryExporter?)null : ParseExporterOption(request.Otel);
        if (IsTrue(environment("OTEL_SDK_DISABLED")))
        {
            if (chosen is TelemetryExporter.Console or TelemetryExporter.Otlp)
            {
                warnings.Add($"OTEL_SDK_DISABLED=true: telemetry is off, '--otel {request.Otel}' is ignored");
            }

            CheckDependentOptions(request, TelemetryExporter.None, TelemetryExporter.None, sdkDisabled: true);
            return TelemetryOptions.Off with { Warnings = warnings };
        }

        var traces = chosen ?? ExporterFromEnvironment("OTEL_TRACES_EXPORTER", environment, warnings);
        var metrics = chosen ?? ExporterFromEnvironment("OTEL_METRICS_EXPORTER", environment, warnings);
        CheckDependentOptions(request, traces, metrics, sdkDisabled: false);

        var baseEndpoint = request.OtlpEndpoint is null ? null : ParseEndpointOption(request.OtlpEndpoint);
        var protocol = request.OtlpProtocol is null ? (OtlpExportProtocol?)null : ParseProtocolOption(request.OtlpProtocol);
        return new TelemetryOptions(
            Signal(traces, TelemetrySignal.Traces, baseEndpoint, protocol, environment, warnings),
            Signal(metrics, TelemetrySignal.Metrics, baseEndpoint, protocol, environment, warnings),
            request.OtelFile,
            warnings.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The address one signal is sent to when <paramref name="baseEndpoint"/> is given as a base:
    /// gRPC uses it as it is (the service path is fixed by OTLP); HTTP/protobuf appends
    /// <c>v1/traces</c> or <c>v1/metrics</c> to its path, keeping any path prefix.
    /// </summary>
    public static Uri SignalEndpoint(Uri baseEndpoint, OtlpExportProtocol protocol, TelemetrySignal signal)
    {
        if (protocol == OtlpExportProtocol.Grpc)
        {
            return baseEndpoint;
        }

        var builder = new UriBuilder(baseEndpoint);
        builder.Path = builder.Path.TrimEnd('/') + "/" + SignalPath(signal);
        return builder.Uri;
    }

    /// <summary><c>v1/traces</c> or <c>v1/metrics</c>: where an OTLP/HTTP receiver takes each signal.</summary>
    public static string SignalPath(TelemetrySignal signal) => signal == TelemetrySignal.Traces ? "v1/traces" : "v1/metrics";

    private static SignalExport Signal(
        TelemetryExporter exporter,
        TelemetrySignal signal,
        Uri? baseEndpoint,
        OtlpExportProtocol? protocolOption,
        Func<string, string?> environment,
        List<string> warnings)
    {
        if (exporter != TelemetryExporter.Otlp)
        {
            return new SignalExport(exporter);
        }

        var own = $"OTEL_EXPORTER_OTLP_{signal.ToString().ToUpperInvariant()}_";
        const string Shared = "OTEL_EXPORTER_OTLP_";
        var protocol = protocolOption
            ?? ProtocolFromEnvironment(own + "PROTOCOL", environment, warnings)
            ?? ProtocolFromEnvironment(Shared + "PROTOCOL", environment, warnings)
            ?? OtlpExportProtocol.Grpc;

        Uri endpoint;
        if (baseEndpoint is not null)
        {
            endpoint = SignalEndpoint(baseEndpoint, protocol, signal);
        }
        else if (EndpointFromEnvironment(own + "ENDPOINT", environment, warnings) is { } signalEndpoint)
        {
            endpoint = signalEndpoint;
        }
        else
        {
            var shared = EndpointFromEnvironment(Shared + "ENDPOINT", environment, warnings)
                ?? new Uri(protocol == OtlpExportProtocol.Grpc ? DefaultGrpcEndpoint : DefaultHttpEndpoint);
            endpoint = SignalEndpoint(shared, protocol, signal);
        }

        var headers = NonEmpty(environment(own + "HEADERS")) ?? NonEmpty(environment(Shared + "HEADERS"));
        var timeout = TimeoutFromEnvironment(own + "TIMEOUT", environment, warnings) ?? TimeoutFromEnvironment(Shared + "TIMEOUT", environment, warnings);
        return new SignalExport(TelemetryExporter.Otlp, new OtlpTarget(endpoint, protocol, headers, timeout));
    }

    private static void CheckDependentOptions(TelemetryRequest request, TelemetryExporter traces, TelemetryExporter metrics, bool sdkDisabled)
    {
        if (sdkDisabled)
        {
            return;
        }

        var otlp = traces == TelemetryExporter.Otlp || metrics == TelemetryExporter.Otlp;
        if (request.OtlpEndpoint is not null && !otlp)
        {
            throw new TelemetrySettingsException("option '--otlp-endpoint' needs '--otel otlp'");
        }

        if (request.OtlpProtocol is not null && !otlp)
        {
            throw new TelemetrySettingsException("option '--otlp-protocol' needs '--otel otlp'");
        }

        if (request.OtelFile is not null && traces != TelemetryExporter.Console && metrics != TelemetryExporter.Console)
        {
            throw new TelemetrySettingsException("option '--otel-file' needs '--otel console'");
        }

        if (request.OtelFile is not null && string.IsNullOrWhiteSpace(request.OtelFile))
        {
            throw new TelemetrySettingsException("option '--otel-file' expects a file path");
        }
    }

    private static TelemetryExporter ParseExporterOption(string text) => text switch
    {
        "none" => TelemetryExporter.None,
        "console" => TelemetryExporter.Console,
        "otlp" => TelemetryExporter.Otlp,
        _ => throw new TelemetrySettingsException($"option '--otel' expects one of none, console, otlp, got '{text}'"),
    };

    private static Uri ParseEndpointOption(string text) =>
        TryParseEndpoint(text) ?? throw new TelemetrySettingsException(
            $"option '--otlp-endpoint' expects an http(s) address such as {DefaultGrpcEndpoint} (gRPC) or {DefaultHttpEndpoint} (HTTP/protobuf), got '{text}'");

    private static OtlpExportProtocol ParseProtocolOption(string text) =>
        OtlpProtocols.Parse(text) ?? throw new TelemetrySettingsException(
            $"option '--otlp-protocol' expects one of {OtlpProtocols.Grpc}, {OtlpProtocols.HttpProtobuf}, got '{text}'");

    /// <summary>
    /// The specification's default for these variables is <c>otlp</c>; a command-line tool that
    /// sent to a collector nobody started on every run would only print warnings, so unset means none.
    /// </summary>
    private static TelemetryExporter ExporterFromEnvironment(string name, Func<string, string?> environment, List<string> warnings)
    {
        var value = NonEmpty(environment(name));
        if (value is null)
        {
            return TelemetryExporter.None;
        }

        var first = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (first != value.Trim())
        {
            warnings.Add($"{name}={value}: one exporter per signal is supported, using '{first}'");
        }

        switch (first.ToLowerInvariant())
        {
            case "otlp":
                return TelemetryExporter.Otlp;
            case "console":
                return TelemetryExporter.Console;
            case "none":
                return TelemetryExporter.None;
            default:
                warnings.Add($"{name}={value}: unsupported exporter (use otlp, console or none), ignored");
                return TelemetryExporter.None;
        }
    }

    private static OtlpExportProtocol? ProtocolFromEnvironment(string name, Func<string, string?> environment, List<string> warnings)
    {
        var value = NonEmpty(environment(name));
        if (value is null)
        {
            return null;
        }

        var protocol = OtlpProtocols.Parse(value);
        if (protocol is null)
        {
            warnings.Add($"{name}={value}: unsupported protocol (use {OtlpProtocols.Grpc} or {OtlpProtocols.HttpProtobuf}), ignored");
        }

        return protocol;
    }

    private static Uri? EndpointFromEnvironment(string name, Func<string, string?> environment, List<string> warnings)
    {
        var value = NonEmpty(environment(name));
        if (value is null)
        {
            return null;
        }

        var endpoint = TryParseEndpoint(value);
        if (endpoint is null)
        {
            warnings.Add($"{name}={value}: not an http(s) address, ignored");
        }

        return endpoint;
    }

    private static int? TimeoutFromEnvironment(string name, Func<string, string?> environment, List<string> warnings)
    {
        var value = NonEmpty(environment(name));
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds) && milliseconds > 0)
        {
            return milliseconds;
        }

        warnings.Add($"{name}={value}: expected a whole number of milliseconds, ignored");
        return null;
    }

    private static Uri? TryParseEndpoint(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
