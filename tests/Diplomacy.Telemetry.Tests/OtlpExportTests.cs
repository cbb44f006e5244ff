using System.Net;
using System.Net.Sockets;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Tests;
using Diplomacy.Telemetry.Tests.Otlp;
using Google.Protobuf;
using static Diplomacy.Telemetry.Tests.OtlpData;

namespace Diplomacy.Telemetry.Tests;

/// <summary>
/// <c>diplomacy run --otel otlp</c> against a real OTLP receiver in this process (Kestrel, decoding
/// the protobuf payloads), over HTTP/protobuf and over gRPC; then a dead endpoint, and the console
/// exporter's place on standard error. One class, so its runs do not overlap: OpenTelemetry's
/// listeners are process-wide.
/// </summary>
public sealed class OtlpExportTests : IDisposable
{
    private const int Seed = 2025;

    private readonly TempFolder _temp = new("diplomacy-otlp-");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("http/protobuf")]
    [InlineData("grpc")]
    public async Task A_run_reaches_an_otlp_receiver_as_a_span_tree_and_metrics(string protocol)
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var name = $"otlp-{protocol.Replace('/', '-')}";
        var endpoint = protocol == "grpc" ? receiver.GrpcEndpoint : receiver.HttpEndpoint;
        var folder = Path.Combine(_temp.Path, name);

        var (exit, output, error) = await CliRun.RunAsync(
            "run", RenamedBaseline(name), "--rounds", "2", "--out", folder, "--quiet",
            "--otel", "otlp", "--otlp-protocol", protocol, "--otlp-endpoint", endpoint.ToString());

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(folder + Environment.NewLine, output);
        Assert.Equal("", error);
        Assert.All(receiver.Requests, r => Assert.Contains(r, protocol == "grpc"
            ? new[] { "POST /opentelemetry.proto.collector.trace.v1.TraceService/Export", "POST /opentelemetry.proto.collector.metrics.v1.MetricsService/Export" }
            : ["POST /v1/traces", "POST /v1/metrics"]));
        var trace = await File.ReadAllLinesAsync(Path.Combine(folder, "trace.jsonl"));
        CheckSpanTree(Flatten(receiver.Spans), $"{name}-{Seed}", rounds: 2);
        CheckMetrics(receiver.LatestMetrics, name, trace);
    }

    [Fact]
    public async Task The_standard_variables_alone_pick_the_protocol_the_base_path_and_the_service_name()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var folder = Path.Combine(_temp.Path, "from-environment");
        using var environment = new EnvironmentVariables(new()
        {
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = new Uri(receiver.HttpEndpoint, "/collector").ToString(),
            ["OTEL_SERVICE_NAME"] = "diplomacy-analyst",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment.name=classroom",
        });

        var (exit, output, error) = await CliRun.RunAsync(
            "run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--rounds", "1", "--out", folder, "--quiet", "--otel", "otlp");

        Assert.Equal((ExitCodes.Success, ""), (exit, error));
        Assert.Equal(folder + Environment.NewLine, output);
        Assert.Contains("POST /collector/v1/traces", receiver.Requests);
        Assert.Contains("POST /collector/v1/metrics", receiver.Requests);
        var resource = Assert.Single(receiver.Spans.Select(s => s.Resource).DistinctBy(r => r.ToString()));
        Assert.Equal("diplomacy-analyst", Value(resource.Attributes, "service.name"));
        Assert.Equal("classroom", Value(resource.Attributes, "deployment.environment.name"));
    }

    [Fact]
    public async Task A_dead_endpoint_costs_one_warning_line_and_the_run_still_succeeds()
    {
        var dead = $"http://127.0.0.1:{ClosedPort()}";
        var folder = Path.Combine(_temp.Path, "dead");

        var (exit, output, error) = await CliRun.RunAsync(
            "run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--rounds", "1", "--out", folder, "--quiet",
            "--otel", "otlp", "--otlp-protocol", "http/protobuf", "--otlp-endpoint", dead);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(folder + Environment.NewLine, output);
        var line = Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"diplomacy: warning: OpenTelemetry export to {dead}/v1/", line, StringComparison.Ordinal);
        Assert.Contains("refused", line, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(folder, "trace.jsonl")));
    }

    [Fact]
    public async Task Console_telemetry_goes_to_standard_error_or_a_file_and_quiet_leaves_only_the_result_line()
    {
        var folder = Path.Combine(_temp.Path, "console");
        var baseline = CliRun.ShippedScenario("talks-as-announced.yaml");

        var (exit, output, error) = await CliRun.RunAsync("run", baseline, "--rounds", "1", "--out", folder, "--quiet", "--otel", "console");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(folder + Environment.NewLine, output);
        Assert.Contains("span diplomacy.run ", error, StringComparison.Ordinal);
        Assert.Contains("metric diplomacy.stance.shift unit={point} ", error, StringComparison.Ordinal);

        var file = Path.Combine(_temp.Path, "spans.txt");
        var (fileExit, fileOutput, fileError) = await CliRun.RunAsync(
            "run", baseline, "--rounds", "1", "--out", Path.Combine(_temp.Path, "console-file"), "--otel", "console", "--otel-file", file);

        Assert.Equal(ExitCodes.Success, fileExit);
        Assert.DoesNotContain("span ", fileOutput, StringComparison.Ordinal);
        Assert.Equal("", fileError);
        Assert.Contains(File.ReadLines(file), l => l.StartsWith("span diplomacy.round ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_otel_file_that_cannot_be_written_is_a_usage_error_before_anything_runs()
    {
        var folder = Path.Combine(_temp.Path, "never");

        var (exit, _, error) = await CliRun.RunAsync(
            "run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--out", folder, "--otel", "console", "--otel-file", Path.Combine(_temp.Path, "no", "such", "dir", "x.txt"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: option '--otel-file': cannot write", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    /// <summary>
    /// By names and parent links only: run → round → (the run grain's call to the proposer's grain)
    /// → proposal, made in the proposer's grain → answer, and below each answer the Orleans grain call
    /// that puts the proposal to the recipient's grain.
    /// </summary>
    private static void CheckSpanTree(List<ReceivedSpan> all, string runId, int rounds)
    {
        var run = Assert.Single(all, s => s.Name == "diplomacy.run" && (string?)s["diplomacy.run.id"] == runId);
        var spans = all.Where(s => s.Span.TraceId == run.Span.TraceId).ToList();
        var byId = spans.ToDictionary(s => s.Id);
        Assert.True(run.Parent.IsEmpty);
        Assert.Equal("Diplomacy", run.Scope);
        Assert.Equal("diplomacy", Value(run.Resource.Attributes, "service.name"));
        Assert.Equal((long)Seed, run["diplomacy.seed"]);

        var roundSpans = spans.Where(s => s.Name == "diplomacy.round").ToList();
        Assert.Equal(Enumerable.Range(1, rounds).Select(r => (long)r), roundSpans.Select(r => (long)r["diplomacy.round"]!).Order());
        Assert.All(roundSpans, r => Assert.Equal(run.Id, r.Parent));

        var proposals = spans.Where(s => s.Name == "diplomacy.proposal").ToList();
        Assert.NotEmpty(proposals);
        Assert.All(proposals, p =>
        {
            Assert.Contains(roundSpans, r => IsBelow(p, r, byId));
            Assert.Equal("Microsoft.Orleans.Application", byId[p.Parent].Scope);
        });

        var answers = spans.Where(s => s.Name == "diplomacy.answer").ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, a =>
        {
            var proposal = Assert.Single(proposals, p => p.Id == a.Parent);
            Assert.Contains(a["diplomacy.decision"], new object[] { "accept", "reject", "counter" });
            Assert.IsType<double>(a["diplomacy.utility"]);
            Assert.Contains(spans, call =>
                call.Scope == "Microsoft.Orleans.Application"
                && ((string?)call["rpc.method"])?.EndsWith("/Receive", StringComparison.Ordinal) == true
                && IsBelow(call, a, byId));
        });
    }

    private static void CheckMetrics(IReadOnlyList<ResourceMetrics> metrics, string scenario, string[] trace)
    {
        var events = Assert.Single(Points(metrics, "diplomacy.events", scenario));
        Assert.Equal("{event}", events.Metric.Unit);
        Assert.True(events.Metric.Sum.IsMonotonic);
        Assert.Equal(trace.Length, events.Numbers.Sum(p => p.AsInt));
        Assert.Equal(
            trace.Count(l => l.Contains("\"type\":\"proposal\"", StringComparison.Ordinal)),
            events.Numbers.Where(p => (string?)Value(p.Attributes, "diplomacy.event.type") == "proposal").Sum(p => p.AsInt));

        var shift = Assert.Single(Points(metrics, "diplomacy.stance.shift", scenario));
        Assert.Equal("{point}", shift.Metric.Unit);
        Assert.NotEmpty(shift.Histograms);
        Assert.All(shift.Histograms, h =>
        {
            Assert.Equal(100, h.ExplicitBounds[^1]);
            Assert.Equal(h.ExplicitBounds.Count + 1, h.BucketCounts.Count);
        });
        Assert.Equal(
            trace.Count(l => !l.Contains("\"before\":null", StringComparison.Ordinal) && !l.Contains("\"after\":null", StringComparison.Ordinal)),
            shift.Histograms.Sum(h => (long)h.Count));

        var duration = Assert.Single(Points(metrics, "diplomacy.run.duration", scenario));
        Assert.Equal("s", duration.Metric.Unit);
        Assert.Equal(1UL, Assert.Single(duration.Histograms).Count);
    }

    /// <summary>The shipped baseline under another name, so this test's metric points and run id are its own.</summary>
    private string RenamedBaseline(string name)
    {
        var original = CliRun.ShippedScenario("talks-as-announced.yaml");
        var world = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(original)!, "..", "seeds", "2025-02-13-us-russia-ukraine-peace-talks.world.yaml"));
        var text = File.ReadAllLines(original).Select(l =>
            l.StartsWith("name:", StringComparison.Ordinal) ? $"name: {name}"
            : l.StartsWith("world:", StringComparison.Ordinal) ? $"world: {world}"
            : l);
        var path = Path.Combine(_temp.Path, name + ".yaml");
        File.WriteAllLines(path, text);
        return path;
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
