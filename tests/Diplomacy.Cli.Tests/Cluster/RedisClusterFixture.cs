using System.Net;
using System.Net.Sockets;
using Diplomacy.Runtime.Hosting;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>
/// A real cluster on this machine: a Redis server and two <c>diplomacy silo</c> processes on
/// loopback ports, as a user would start them. ./test.sh installs redis-server when it is missing.
/// </summary>
public class RedisClusterFixture : IAsyncLifetime
{
    private readonly List<SiloProcess> _silos = [];
    private ChildProcess? _redis;

    public RedisCluster Cluster { get; private set; } = null!;

    /// <summary>The silos started so far, in order (a killed one stays listed).</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos;

    public async Task InitializeAsync()
    {
        var redisServer = FindOnPath("redis-server")
            ?? throw new InvalidOperationException("the cluster tests need redis-server on PATH: run ./test.sh, which installs it, or apt-get install redis-server");
        var redisPort = FreePort();
        _redis = await ChildProcess.StartAsync(
            redisServer,
            ["--bind", "127.0.0.1", "--port", redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"],
            readyWhen: "Ready to accept connections",
            TimeSpan.FromSeconds(30));
        Cluster = new RedisCluster($"127.0.0.1:{redisPort}", ClusterId: $"tests-{redisPort}");

        for (var i = 0; i < 2; i++)
        {
            await StartSiloAsync();
        }
    }

    /// <summary>Starts one more silo of the cluster; the fixture stops it at the end.</summary>
    public async Task<SiloProcess> StartSiloAsync()
    {
        var diplomacy = Path.Combine(AppContext.BaseDirectory, "diplomacy.dll");
        var gatewayPort = FreePort();
        string[] arguments =
        [
            diplomacy, "silo", "--redis", Cluster.Endpoint, "--cluster-id", Cluster.ClusterId,
            "--silo-port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--gateway-port", gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        var silo = new SiloProcess(await ChildProcess.StartAsync("dotnet", arguments, readyWhen: "up at", TimeSpan.FromSeconds(90)), gatewayPort);
        _silos.Add(silo);
        return silo;
    }

    /// <summary>Kills the cluster's Redis at once, as a crash would.</summary>
    public void KillRedis() => _redis?.Kill();

    public Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo.Process.Dispose();
        }

        _redis?.Dispose();
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}

/// <summary>A <c>diplomacy silo</c> process and the gateway port clients reach it on.</summary>
public sealed record SiloProcess(ChildProcess Process, int GatewayPort);

/// <summary>A cluster of its own for the test that kills a silo, so no other test runs on a cluster that lost one.</summary>
public sealed class SiloCrashClusterFixture : RedisClusterFixture;

/// <summary>A cluster of its own for the test that kills Redis.</summary>
public sealed class RedisLossClusterFixture : RedisClusterFixture;

[CollectionDefinition(Name)]
public sealed class RedisLossClusterCollection : ICollectionFixture<RedisLossClusterFixture>
{
    public const string Name = "Redis cluster that loses its Redis";
}

[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<RedisClusterFixture>
{
    public const string Name = "Redis cluster";
}

[CollectionDefinition(Name)]
public sealed class SiloCrashClusterCollection : ICollectionFixture<SiloCrashClusterFixture>
{
    public const string Name = "Redis cluster that loses a silo";
}
