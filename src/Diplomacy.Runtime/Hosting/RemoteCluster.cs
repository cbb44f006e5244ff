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

    // Silos starting alongside the client get a few seconds to register: a try a second until the connect timeout.
    private static readonly TimeSpan ConnectPause = TimeSpan.FromSeconds(1);

    public IClusterClient Client { get; }

    public TimeSpan StartTime { get; }

    public string Description { get; }

    /// <summary>
    /// Connects to the cluster, first checking that its Redis answers; gives up after the cluster's
    /// <see cref="RedisCluster.ConnectTimeout"/> in all.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">Redis, or every silo, did not answer in time.</exception>
    public static async Task<RemoteCluster> ConnectAsync(RedisCluster cluster, bool tracing = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var clock = Stopwatch.StartNew();
        await cluster.ProbeAsync(cancellationToken);
        var attempts = Math.Max(1, (int)(cluster.ConnectTimeout - clock.Elapsed).TotalSeconds);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.KeepLoggingQuiet(orleansErrors: false);
        builder.UseOrleansClient(client =>
        {
            cluster.Configure(client);
            client.UseConnectionRetryFilter(new ConnectionAttempts(attempts, ConnectPause).ShouldRetryAsync);
            if (tracing)
            {
                client.AddActivityPropagation();
            }
        });
        var host = builder.Build();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // What the probe left of the timeout (nothing, on a machine slow enough: then the first try is the last).
        deadline.CancelAfter(TimeSpan.FromTicks(Math.Max(0, (cluster.ConnectTimeout - clock.Elapsed).Ticks)));
        try
        {
            await host.StartAsync(deadline.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            var why = e is OperationCanceledException ? $"no silo answered within {cluster.ConnectTimeout.TotalSeconds:0} s" : e.Message;
            throw new ClusterUnavailableException(
                $"cannot reach the Diplomacy cluster '{cluster.ClusterId}' through Redis at {cluster.Endpoint}: {why} " +
                "(has at least one 'diplomacy silo' with this --cluster-id joined?)",
                e);
        }
        catch (Exception)
        {
            host.Dispose();
            throw;
        }

        return new RemoteCluster(host, cluster, clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
