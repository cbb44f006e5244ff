using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// One silo of a Redis-membership cluster, as <c>diplomacy silo</c> runs it: it hosts the grains
/// and serves clients on its gateway port until it is stopped.
/// </summary>
/// <param name="Advertise">Address or host name the other silos and clients reach this one at.</param>
public sealed record ClusterSilo(RedisCluster Cluster, int SiloPort, int GatewayPort, string Advertise, bool Tracing = false)
{
    public const int DefaultSiloPort = 11111;
    public const int DefaultGatewayPort = 30000;

    /// <exception cref="ClusterUnavailableException">Redis did not answer within the cluster's connect timeout.</exception>
    public async Task<IHost> StartAsync(CancellationToken cancellationToken = default)
    {
        var address = await ResolveAsync(Advertise, cancellationToken);
        await Cluster.ProbeAsync(cancellationToken);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.KeepLoggingQuiet();
        builder.UseOrleans(silo =>
        {
            Cluster.Configure(silo)
                .LimitDirectoryCache()
                .AddDiplomacyTracing(Tracing)
                .Configure<EndpointOptions>(options =>
                {
                    options.AdvertisedIPAddress = address;
                    options.SiloPort = SiloPort;
                    options.GatewayPort = GatewayPort;
                    // Listen where we advertise: on a laptop that keeps the silo on loopback.
                    options.SiloListeningEndpoint = new IPEndPoint(IPAddress.Loopback.Equals(address) ? address : IPAddress.Any, SiloPort);
                    options.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Loopback.Equals(address) ? address : IPAddress.Any, GatewayPort);
                });
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    private static async Task<IPAddress> ResolveAsync(string hostOrAddress, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(hostOrAddress, out var address))
        {
            return address;
        }

        var addresses = await Dns.GetHostAddressesAsync(hostOrAddress, cancellationToken);
        return addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? throw new ArgumentException($"'{hostOrAddress}' has no IPv4 address");
    }
}
