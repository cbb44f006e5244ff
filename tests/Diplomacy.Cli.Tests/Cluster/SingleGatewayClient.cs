using System.Net;
using Diplomacy.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>
/// A client of the cluster that knows one silo's gateway only, so that every call it makes enters
/// the cluster there: with it, a test can tell "the silo the client is on" from "the silo that
/// conducts the run".
/// </summary>
internal sealed class SingleGatewayClient : IAsyncDisposable
{
    private readonly IHost _host;

    private SingleGatewayClient(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    public static async Task<SingleGatewayClient> ConnectAsync(RedisCluster cluster, SiloProcess silo)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.KeepLoggingQuiet();
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = RedisCluster.ServiceId;
            })
            .UseStaticClustering(new IPEndPoint(IPAddress.Loopback, silo.GatewayPort))
            .Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5)));
        var host = builder.Build();
        await host.StartAsync();
        return new SingleGatewayClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
