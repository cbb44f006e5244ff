using Diplomacy.Runtime.Telemetry;
using OpenTelemetry.Exporter;

namespace Diplomacy.Runtime.Tests.Telemetry;

/// <summary>The command line and the standard OTEL_* variables, resolved as the OpenTelemetry specification says.</summary>
public sealed class TelemetrySettingsTests
{
    [Fact]
    public void A_base_endpoint_over_http_protobuf_gets_the_signal_paths()
    {
        var options = Resolve(new("otlp", "http://127.0.0.1:4318", "http/protobuf"));

        Assert.Equal("http://127.0.0.1:4318/v1/traces", options.Traces.Otlp!.Endpoint.ToString());
        Assert.Equal("http://127.0.0.1:4318/v1/metrics", options.Metrics.Otlp!.Endpoint.ToString());
        Assert.Equal(OtlpExportProtocol.HttpProtobuf, options.Traces.Otlp.Protocol);
    }

    [Theory]
    [InlineData("http://collector:4318/", "http://collector:4318/v1/traces")]
    [InlineData("http://collector:4318/otlp", "http://collector:4318/otlp/v1/traces")]
    [InlineData("http://collector:4318/otlp/", "http://collector:4318/otlp/v1/traces")]
    public void A_base_endpoint_keeps_its_path_prefix(string baseEndpoint, string traces)
    {
        var options = Resolve(new("otlp", baseEndpoint, "http/protobuf"));

        Assert.Equal(traces, options.Traces.Otlp!.Endpoint.ToString());
    }

    [Fact]
    public void The_protocol_comes_from_the_environment_when_the_command_line_names_none()
    {
        var options = Resolve(new("otlp", "http://127.0.0.1:4318"), ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"));

        Assert.Equal(OtlpExportProtocol.HttpProtobuf, options.Metrics.Otlp!.Protocol);
        Assert.Equal("http://127.0.0.1:4318/v1/metrics", options.Metrics.Otlp.Endpoint.ToString());
    }

    [Fact]
    public void Grpc_is_the_default_and_uses_the_endpoint_as_it_is()
    {
        var options = Resolve(new("otlp", "http://127.0.0.1:4317"));

        Assert.Equal(OtlpExportProtocol.Grpc, options.Traces.Otlp!.Protocol);
        Assert.Equal("http://127.0.0.1:4317/", options.Traces.Otlp.Endpoint.ToString());
        Assert.Equal(new Uri(TelemetrySettings.DefaultGrpcEndpoint), Resolve(new("otlp")).Traces.Otlp!.Endpoint);
    }

    [Fact]
    public void Signal_variables_win_over_shared_ones_and_a_signal_endpoint_is_used_as_it_is()
    {
        var options = Resolve(
            new("otlp"),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://shared:4318"),
            ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://traces:9999/custom"),
            ("OTEL_EXPORTER_OTLP_HEADERS", "api-key=shared"),
            ("OTEL_EXPORTER_OTLP_METRICS_HEADERS", "api-key=metrics"),
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "2500"));

        Assert.Equal(new OtlpTarget(new Uri("http://traces:9999/custom"), OtlpExportProtocol.HttpProtobuf, "api-key=shared", 2500), options.Traces.Otlp);
        Assert.Equal(new OtlpTarget(new Uri("http://shared:4318"), OtlpExportProtocol.Grpc, "api-key=metrics", 2500), options.Metrics.Otlp);
    }

    [Fact]
    public void The_command_line_wins_over_the_environment()
    {
        var options = Resolve(
            new("otlp", "http://flag:4318", "http/protobuf"),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
            ("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://env:4317"));

        Assert.Equal("http://flag:4318/v1/traces", options.Traces.Otlp!.Endpoint.ToString());
    }

    [Fact]
    public void The_environment_chooses_exporters_per_signal_when_the_command_line_does_not()
    {
        Assert.False(Resolve(new()).Enabled);

        var options = Resolve(new(), ("OTEL_TRACES_EXPORTER", "otlp"), ("OTEL_METRICS_EXPORTER", "none"));

        Assert.Equal(TelemetryExporter.Otlp, options.Traces.Exporter);
        Assert.Equal(TelemetryExporter.None, options.Metrics.Exporter);
        Assert.True(options.Tracing);
    }

    [Fact]
    public void Otel_sdk_disabled_turns_everything_off_and_says_so()
    {
        var options = Resolve(new("otlp", "http://127.0.0.1:4318"), ("OTEL_SDK_DISABLED", "TRUE"));

        Assert.False(options.Enabled);
        Assert.Contains(options.Warnings!, w => w.Contains("OTEL_SDK_DISABLED", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_environment_values_are_ignored_with_a_warning()
    {
        var options = Resolve(
            new("otlp"),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json"),
            ("OTEL_EXPORTER_OTLP_ENDPOINT", "not a url"),
            ("OTEL_EXPORTER_OTLP_TIMEOUT", "soon"));

        Assert.Equal(new OtlpTarget(new Uri(TelemetrySettings.DefaultGrpcEndpoint), OtlpExportProtocol.Grpc), options.Traces.Otlp);
        // One warning per variable, though both signals read the shared ones.
        Assert.Equal(3, options.Warnings!.Count);
    }

    [Theory]
    [InlineData("--otel", "zipkin", null, null, null)]
    [InlineData("--otlp-endpoint", "console", "http://127.0.0.1:4318", null, null)]
    [InlineData("--otlp-endpoint", "otlp", "localhost:4318", null, null)]
    [InlineData("--otlp-protocol", "otlp", null, "http/json", null)]
    [InlineData("--otlp-protocol", "none", null, "grpc", null)]
    [InlineData("--otel-file", "otlp", null, null, "spans.txt")]
    public void Command_line_mistakes_name_the_option(string option, string otel, string? endpoint, string? protocol, string? file)
    {
        var e = Assert.Throws<TelemetrySettingsException>(() => Resolve(new(otel, endpoint, protocol, file)));

        Assert.Contains($"'{option}'", e.Message, StringComparison.Ordinal);
    }

    private static TelemetryOptions Resolve(TelemetryRequest request, params (string Name, string Value)[] environment) =>
        TelemetrySettings.Resolve(request, name => environment.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault());
}
