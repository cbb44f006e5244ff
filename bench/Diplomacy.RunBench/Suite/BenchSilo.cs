using System.Net;
using System.Net.Sockets;
using Diplomacy.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// The embedded silo of <c>diplomacy run</c> (the same <see cref="ClusterSetup.AddDiplomacyGrains"/>),
/// plus the trivial grain and the call counter, so raw Orleans and the engine share one silo.
/// </summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchSilo(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    public static async Task<BenchSilo> StartAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.KeepLoggingQuiet();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort())
            .AddDiplomacyGrains()
            .AddIncomingGrainCallFilter<CallCounter>());
        var host = builder.Build();
        await host.StartAsync();
        return new BenchSilo(host);
    }

    private static int FreePort()
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
