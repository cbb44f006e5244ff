using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Diplomacy.Runtime.Hosting;

/// <summary>A client of a cluster of <c>diplomacy silo</c> processes that meet in Redis.</summary>
public sealed class RemoteCluster : IClusterConnection
{
    private readonly IHost _host;

    private RemoteCluster(IHost host, RedisCluster cluster, TimeSpan startTime)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
        StartTime = startTime;
        Description = $"cluster '{cluster.ClusterId}' at {cluster.Endpoint}";
    }

    // Silos starting alongside the client get a few seconds to register; a cluster that is not
    // there at all is reported after about ten, not after Orleans' minutes of retries.
    private const int ConnectAttempts = 10;

    private static readonly TimeSpan ConnectPause = TimeSpan.FromSeconds(1);

    public IClusterClient Client { get; }

    public TimeSpan StartTime { get; }

    public string Description { get; }

    public static async Task<RemoteCluster> ConnectAsync(RedisCluster cluster, bool tracing = false, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.KeepLoggingQuiet();
        builder.UseOrleansClient(client =>
        {
            cluster.Configure(client);
            client.UseConnectionRetryFilter(new ConnectionAttempts(ConnectAttempts, ConnectPause).ShouldRetryAsync);
            if (tracing)
            {
                client.AddActivityPropagation();
            }
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterUnavailableException(
                $"cannot reach the Diplomacy cluster '{cluster.ClusterId}' through Redis at {cluster.Endpoint}: {e.Message} " +
                "(is Redis running, and has at least one 'diplomacy silo' joined?)",
                e);
        }

        return new RemoteCluster(host, cluster, clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
