using System.Net;
using System.Net.Sockets;
using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests.Packaging;

/// <summary><c>diplomacy health</c>, the container probe: 0 when something accepts connections on the gateway port, 1 when nothing does.</summary>
public sealed class HealthCommandTests
{
    [Fact]
    public async Task A_listening_gateway_is_healthy_and_a_closed_one_is_not()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var (healthy, output, _) = await CliRun.RunAsync("health", "--gateway-port", $"{port}");
        listener.Stop();
        var (unhealthy, _, error) = await CliRun.RunAsync("health", "--host", "127.0.0.1", "--gateway-port", $"{port}", "--timeout", "2");

        Assert.Equal(ExitCodes.Success, healthy);
        Assert.Equal($"healthy: the silo gateway at 127.0.0.1:{port} accepts connections", output.Trim());
        Assert.Equal(ExitCodes.Failure, unhealthy);
        Assert.StartsWith($"unhealthy: no silo gateway at 127.0.0.1:{port} (", error, StringComparison.Ordinal);
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
}
