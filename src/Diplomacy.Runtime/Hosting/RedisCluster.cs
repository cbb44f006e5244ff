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
