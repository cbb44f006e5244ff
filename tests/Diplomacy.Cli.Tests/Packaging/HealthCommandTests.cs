using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Tests.Cluster;
using Diplomacy.Runtime.Hosting;

namespace Diplomacy.Cli.Tests.Packaging;

/// <summary>
/// <c>diplomacy health</c>, the container probe: 0 only when the silo's health file is fresh and its
/// gateway accepts connections; 1 with the reason otherwise.
/// </summary>
public sealed class HealthCommandTests
{
    [Fact]
    public async Task A_fresh_health_file_and_a_listening_gateway_are_healthy()
    {
        using var gateway = new Gateway();
        SiloHealthFile.WriteActive(gateway.HealthFile, DateTimeOffset.UtcNow);

        var (exit, output, error) = await CliRun.RunAsync("health", "--gateway-port", gateway.PortText);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal($"healthy: the silo with gateway port {gateway.Port} is an active member of its cluster and accepts connections", output.Trim());
    }

    [Fact]
    public async Task A_listening_gateway_without_a_health_file_is_not_healthy()
    {
        using var gateway = new Gateway();

        var (exit, _, error) = await CliRun.RunAsync("health", "--gateway-port", gateway.PortText);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Equal($"unhealthy: no {gateway.HealthFile}: the silo has not joined its cluster, or has stopped", error.Trim());
    }

    [Fact]
    public async Task A_stale_health_file_is_not_healthy()
    {
        using var gateway = new Gateway();
        SiloHealthFile.WriteActive(gateway.HealthFile, DateTimeOffset.UtcNow - SiloHealthFile.MaximumAge - TimeSpan.FromSeconds(1));

        var (exit, _, error) = await CliRun.RunAsync("health", "--gateway-port", gateway.PortText);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains("the silo stopped reporting (at most 20 s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fresh_health_file_with_a_closed_gateway_is_not_healthy()
    {
        var gateway = new Gateway();
        SiloHealthFile.WriteActive(gateway.HealthFile, DateTimeOffset.UtcNow);
        gateway.StopListening();
        try
        {
            var (exit, _, error) = await CliRun.RunAsync("health", "--gateway-port", gateway.PortText, "--timeout", "2");

            Assert.Equal(ExitCodes.Failure, exit);
            Assert.StartsWith($"unhealthy: the gateway at 127.0.0.1:{gateway.Port} ", error, StringComparison.Ordinal);
        }
        finally
        {
            gateway.Dispose();
        }
    }

    [Theory]
    [InlineData("active\n")]
    [InlineData("joining\n2026-01-01T00:00:00.0000000Z\n")]
    [InlineData("active\nyesterday\n")]
    public void A_file_that_is_not_a_health_file_is_not_healthy(string text)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);

            Assert.Equal($"{path} is not a silo health file", SiloHealthFile.Problem(path, DateTimeOffset.UtcNow));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--gateway-port", "70000")]
    [InlineData("--gateway-port", "0")]
    [InlineData("--timeout", "soon")]
    [InlineData("--redis", "127.0.0.1:6379")]
    public async Task Wrong_options_are_usage_errors(string option, string value)
    {
        var (exit, _, error) = await CliRun.RunAsync("health", option, value);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: ", error, StringComparison.Ordinal);
    }

    /// <summary>A loopback listener standing in for a silo's gateway, and the health file of its port.</summary>
    private sealed class Gateway : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public Gateway()
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            HealthFile = SiloHealthFile.PathFor(Port);
        }

        public int Port { get; }

        public string PortText => Port.ToString(CultureInfo.InvariantCulture);

        public string HealthFile { get; }

        public void StopListening() => _listener.Stop();

        public void Dispose()
        {
            _listener.Stop();
            File.Delete(HealthFile);
        }
    }
}

/// <summary>A real <c>diplomacy silo</c> process keeps its health file: healthy once it is up, unhealthy once it is gone.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class SiloHealthTests(RedisClusterFixture fixture)
{
    [Fact]
    public async Task A_running_silo_is_healthy_and_a_killed_one_is_not()
    {
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        var healthFile = SiloHealthFile.PathFor(gatewayPort);
        try
        {
            // A cluster of its own on the fixture's Redis: the shared cluster's tests never see this silo come and go.
            using (var silo = await ChildProcess.StartAsync(
                "dotnet",
                [
                    Path.Combine(AppContext.BaseDirectory, "diplomacy.dll"), "silo", "--redis", fixture.Cluster.Endpoint,
                    "--cluster-id", $"health-{gatewayPort}", "--silo-port", $"{siloPort}", "--gateway-port", $"{gatewayPort}",
                ],
                readyWhen: "up at",
                TimeSpan.FromSeconds(90)))
            {
                var (healthy, _, error) = await CliRun.RunAsync("health", "--gateway-port", $"{gatewayPort}");

                Assert.True(healthy == ExitCodes.Success, error + silo.Log);
                Assert.True(File.Exists(healthFile));
                silo.Kill();
            }

            var (unhealthy, _, after) = await CliRun.RunAsync("health", "--gateway-port", $"{gatewayPort}", "--timeout", "2");

            Assert.Equal(ExitCodes.Failure, unhealthy);
            Assert.StartsWith("unhealthy: ", after, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(healthFile);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
