using Diplomacy.Runtime.Hosting;
using Orleans.TestingHost;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>
/// An in-process cluster shared by a test collection, hosting the grains exactly as the embedded
/// silo does; with <paramref name="tracing"/>, grain calls carry trace context and make spans, as
/// they do under <c>--otel</c>.
/// </summary>
public abstract class ClusterFixture(short silos, bool tracing = false) : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster is not deployed yet");

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo.AddDiplomacyGrains().AddDiplomacyTracing(tracing));
        if (tracing)
        {
            builder.ConfigureClient(client => client.AddActivityPropagation());
        }

        builder.ConfigureHost(host => host.KeepLoggingQuiet());
        builder.ConfigureClientHost(host => host.KeepLoggingQuiet());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

public sealed class OneSiloCluster() : ClusterFixture(1);

public sealed class ThreeSiloCluster() : ClusterFixture(3);

public sealed class TracingCluster() : ClusterFixture(1, tracing: true);

[CollectionDefinition(Name)]
public sealed class OneSiloCollection : ICollectionFixture<OneSiloCluster>
{
    public const string Name = "one silo";
}

[CollectionDefinition(Name)]
public sealed class ThreeSiloCollection : ICollectionFixture<ThreeSiloCluster>
{
    public const string Name = "three silos";
}

[CollectionDefinition(Name)]
public sealed class TracingCollection : ICollectionFixture<TracingCluster>
{
    public const string Name = "one silo, grain calls traced";
}
