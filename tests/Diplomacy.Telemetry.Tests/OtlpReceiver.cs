using System.Collections.Concurrent;
using System.Net;
using Diplomacy.Telemetry.Tests.Otlp;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Diplomacy.Telemetry.Tests;

/// <summary>
/// An OTLP collector in this process, as small as one can be and still real: Kestrel takes
/// OTLP/HTTP protobuf (<c>POST /v1/traces</c>, <c>/v1/metrics</c>, under any path prefix) on one
/// loopback port and OTLP/gRPC (HTTP/2 cleartext) on another, decodes every request with the OTLP
/// message types and keeps them. Any other path answers 404, as a real collector does, and is
/// recorded so a test can see where requests went.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Received _received;

    private OtlpReceiver(WebApplication app, Received received, Uri http, Uri grpc)
    {
        _app = app;
        _received = received;
        HttpEndpoint = http;
        GrpcEndpoint = grpc;
    }

    /// <summary>Base address for OTLP/HTTP: the exporter must append <c>/v1/traces</c> and <c>/v1/metrics</c>.</summary>
    public Uri HttpEndpoint { get; }

    public Uri GrpcEndpoint { get; }

    public IReadOnlyList<ResourceSpans> Spans => [.. _received.Traces.SelectMany(t => t.ResourceSpans)];

    /// <summary>The last metrics export: each one carries the running totals (cumulative temporality).</summary>
    public IReadOnlyList<ResourceMetrics> LatestMetrics => [.. _received.Metrics.LastOrDefault()?.ResourceMetrics ?? []];

    /// <summary>"POST /v1/traces", "POST /opentelemetry.proto.collector.trace.v1.TraceService/Export", ... in arrival order.</summary>
    public IReadOnlyList<string> Requests => [.. _received.Requests];

    public static async Task<OtlpReceiver> StartAsync()
    {
        var received = new Received();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        ListenOptions? http = null;
        ListenOptions? grpc = null;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => (http = listen).Protocols = HttpProtocols.Http1);
            // gRPC without TLS cannot negotiate HTTP/2, so its port speaks nothing else.
            kestrel.Listen(IPAddress.Loopback, 0, listen => (grpc = listen).Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddSingleton(received);
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            received.Requests.Enqueue($"{context.Request.Method} {context.Request.Path}");
            await next(context);
        });
        app.MapGrpcService<TraceCollector>();
        app.MapGrpcService<MetricsCollector>();
        app.MapPost("{**prefix}", context => AcceptHttpAsync(context, received));
        await app.StartAsync();

        // Kestrel writes the ports it bound back into the listen options.
        return new OtlpReceiver(app, received, Address(http!), Address(grpc!));
    }

    private static Uri Address(ListenOptions listen) => new($"http://127.0.0.1:{listen.IPEndPoint!.Port}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task AcceptHttpAsync(HttpContext context, Received received)
    {
        var path = context.Request.Path.Value ?? "";
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        IMessage response;
        if (path.EndsWith("/v1/traces", StringComparison.Ordinal))
        {
            received.Traces.Enqueue(ExportTraceServiceRequest.Parser.ParseFrom(body.ToArray()));
            response = new ExportTraceServiceResponse();
        }
        else if (path.EndsWith("/v1/metrics", StringComparison.Ordinal))
        {
            received.Metrics.Enqueue(ExportMetricsServiceRequest.Parser.ParseFrom(body.ToArray()));
            response = new ExportMetricsServiceResponse();
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/x-protobuf";
        await context.Response.Body.WriteAsync(response.ToByteArray());
    }

    /// <summary>What arrived, shared by the HTTP handler and the gRPC services.</summary>
    public sealed class Received
    {
        public ConcurrentQueue<ExportTraceServiceRequest> Traces { get; } = new();

        public ConcurrentQueue<ExportMetricsServiceRequest> Metrics { get; } = new();

        public ConcurrentQueue<string> Requests { get; } = new();
    }

    private sealed class TraceCollector(Received received) : TraceService.TraceServiceBase
    {
        public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
        {
            received.Traces.Enqueue(request);
            return Task.FromResult(new ExportTraceServiceResponse());
        }
    }

    private sealed class MetricsCollector(Received received) : MetricsService.MetricsServiceBase
    {
        public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
        {
            received.Metrics.Enqueue(request);
            return Task.FromResult(new ExportMetricsServiceResponse());
        }
    }
}
