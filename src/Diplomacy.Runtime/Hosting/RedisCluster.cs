using Diplomacy.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Persistence;
using Orleans.Serialization;
using StackExchange.Redis;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// A cluster of silos that find each other through Redis membership and keep run state in Redis,
/// so that a silo can die mid-run and its runs come back on a survivor from their last complete round.
/// </summary>
/// <param name="Endpoint">Redis as <c>host:port</c> (anything StackExchange.Redis accepts).</param>
public sealed record RedisCluster(string Endpoint, string ClusterId = RedisCluster.DefaultClusterId)
{
    public const string DefaultClusterId = "diplomacy";

    /// <summary>Grain state survives only with the cluster's own service id; one per product, not per run.</summary>
    public const string ServiceId = "diplomacy";

    public const int DefaultConnectTimeoutSeconds = 15;

    /// <summary>How long a client or a silo tries to reach Redis, and a client a silo, before it gives up with one line.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(DefaultConnectTimeoutSeconds);

    public ConfigurationOptions RedisOptions()
    {
        var options = ConfigurationOptions.Parse(Endpoint);
        // A cluster that cannot reach Redis should say so quickly, not hang the command.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 5000;
        return options;
    }

    /// <summary>How long a silo waits for an answer from another before the call fails; a lost silo's calls are broken sooner, once it is declared dead.</summary>
    public static readonly TimeSpan SiloResponseTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Connects to Redis once and pings it, within <see cref="ConnectTimeout"/>: a Redis that is not
    /// there is reported at once, instead of after the clustering provider's minutes of retries.
    /// </summary>
    /// <exception cref="ClusterUnavailableException">Redis did not answer.</exception>
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(Endpoint);
        options.AbortOnConnectFail = true;
        options.ConnectRetry = 1;
        options.ConnectTimeout = (int)Math.Min(ConnectTimeout.TotalMilliseconds, int.MaxValue);
        options.SyncTimeout = options.ConnectTimeout;
        options.AsyncTimeout = options.ConnectTimeout;
        try
        {
            // A plain TCP connection first: a refused or unroutable address says so at once, in the socket's words.
            foreach (var endPoint in options.EndPoints)
            {
                using var socket = new System.Net.Sockets.TcpClient();
                await socket.ConnectAsync(Host(endPoint), Port(endPoint), cancellationToken).AsTask().WaitAsync(ConnectTimeout, cancellationToken);
            }

            await using var redis = await ConnectionMultiplexer.ConnectAsync(options).WaitAsync(ConnectTimeout, cancellationToken);
            await redis.GetDatabase().PingAsync().WaitAsync(ConnectTimeout, cancellationToken);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or System.Net.Sockets.SocketException or ArgumentException)
        {
            throw new ClusterUnavailableException(
                $"cannot reach Redis at {Endpoint} within {ConnectTimeout.TotalSeconds:0} s: {Why(e)} (is redis-server running there? --connect-timeout S waits longer)",
                e);
        }
    }

    private static string Host(System.Net.EndPoint endPoint) => endPoint switch
    {
        System.Net.DnsEndPoint dns => dns.Host,
        System.Net.IPEndPoint ip => ip.Address.ToString(),
        _ => endPoint.ToString() ?? string.Empty,
    };

    private static int Port(System.Net.EndPoint endPoint) => endPoint switch
    {
        System.Net.DnsEndPoint { Port: > 0 } dns => dns.Port,
        System.Net.IPEndPoint { Port: > 0 } ip => ip.Port,
        _ => 6379,
    };

    // StackExchange.Redis's own message is a paragraph of advice; the socket's reason, or the kind of failure, says enough.
    private static string Why(Exception e) => e switch
    {
        System.Net.Sockets.SocketException socket => socket.Message,
        { InnerException: System.Net.Sockets.SocketException socket } => socket.Message,
        RedisConnectionException connection => connection.FailureType.ToString(),
        TimeoutException => "no answer",
        _ => e.Message,
    };

    /// <summary>
    /// Membership, run storage and fast failure detection: with the defaults a killed silo is
    /// declared dead only after 11–14 s (probe 5 s × 3); these settings make it about 1–2 s, and the
    /// calls in flight to it fail then. A run grain replays a round that failed that way.
    /// </summary>
    public ISiloBuilder Configure(ISiloBuilder silo) => silo
        .Configure<ClusterOptions>(options =>
        {
            options.ClusterId = ClusterId;
            options.ServiceId = ServiceId;
        })
        .UseRedisClustering(options => options.ConfigurationOptions = RedisOptions())
        .AddRedisGrainStorage(RunStorageName, (OptionsBuilder<RedisStorageOptions> storage) => storage.Configure<Serializer>((options, serializer) =>
        {
            options.ConfigurationOptions = RedisOptions();
            options.GrainStorageSerializer = ClusterSetup.BinaryStorage(serializer);
            // A finished run is retired by its client; its key goes with it rather than linger empty.
            options.DeleteStateOnClear = true;
        }))
        .AddStrictGrainDirectory()
        .Configure<SiloMessagingOptions>(options => options.ResponseTimeout = SiloResponseTimeout)
        .Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.NumVotesForDeathDeclaration = 1;
        });

    /// <summary>A client of the cluster; a call lost with a silo gives up after 5 s so the runner can retry it (a run grain's poll waits at most 1 s).</summary>
    public IClientBuilder Configure(IClientBuilder client) => client
        .Configure<ClusterOptions>(options =>
        {
            options.ClusterId = ClusterId;
            options.ServiceId = ServiceId;
        })
        .UseRedisClustering(options => options.ConfigurationOptions = RedisOptions())
        .Configure<ClientMessagingOptions>(options => options.ResponseTimeout = TimeSpan.FromSeconds(5));

    private static string RunStorageName => RunStorage.Name;
}
