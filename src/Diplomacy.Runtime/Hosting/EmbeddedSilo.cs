using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Diplomacy.Runtime.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// A one-silo cluster inside this process (localhost clustering, in-memory storage) with its
/// co-hosted client: what <c>diplomacy run</c> uses when no cluster is named.
/// </summary>
public sealed class EmbeddedSilo : IClusterConnection
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host, TimeSpan startTime)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
        StartTime = startTime;
    }

    public IClusterClient Client { get; }

    public TimeSpan StartTime { get; }

    public string Description => "embedded silo";

    /// <param name="tracing">When true, grain calls carry the caller's trace context and make their own spans (joining the run's spans); it costs about 28 % throughput, so it is off unless telemetry is on.</param>
    public static async Task<EmbeddedSilo> StartAsync(bool tracing = false, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.KeepLoggingQuiet();
        // Free ports rather than the fixed defaults, so that runs (and test suites) side by side on
        // one machine do not fight over 11111/30000.
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreeLoopbackPort(), gatewayPort: FreeLoopbackPort())
            .AddDiplomacyGrains()
            .AddDiplomacyTracing(tracing));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host, clock.Elapsed);
    }

    /// <summary>A loopback port free at this moment, for a silo or gateway of this process.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
