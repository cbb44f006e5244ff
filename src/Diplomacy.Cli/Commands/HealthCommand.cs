using System.Net.Sockets;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy health [--gateway-port N] [--timeout SECONDS]</c>: the container health probe of
/// the silo on this machine with that gateway port. Healthy means both: the silo's health file is
/// fresh (<see cref="SiloHealthFile"/>: Orleans reports the silo an active member of its cluster),
/// and its gateway accepts a connection on the loopback address. The port alone would not do: a
/// silo listens there from early in its start-up, before it has joined the cluster.
/// Exits 0 when healthy, 1 when not (the codes Docker's HEALTHCHECK expects). Loads no Orleans, so
/// the probe costs a process start, a file read and one TCP handshake.
/// </summary>
public static class HealthCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var port = arguments.IntOption("gateway-port", minimum: 1) ?? ClusterSilo.DefaultGatewayPort;
        var timeout = arguments.IntOption("timeout", minimum: 1) ?? 3;
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);
        if (port > ushort.MaxValue)
        {
            throw new UsageException($"option '--gateway-port' must be at most {ushort.MaxValue}, got {port}");
        }

        var problem = SiloHealthFile.Problem(SiloHealthFile.PathFor(port), DateTimeOffset.UtcNow) ?? await GatewayProblemAsync(port, timeout);
        if (problem is not null)
        {
            await error.WriteLineAsync($"unhealthy: {problem}");
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"healthy: the silo with gateway port {port} is an active member of its cluster and accepts connections");
        return ExitCodes.Success;
    }

    private static async Task<string?> GatewayProblemAsync(int port, int timeoutSeconds)
    {
        using var client = new TcpClient();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port, deadline.Token);
            return null;
        }
        catch (SocketException e)
        {
            return $"the gateway at 127.0.0.1:{port} refuses connections ({e.Message})";
        }
        catch (OperationCanceledException)
        {
            return $"the gateway at 127.0.0.1:{port} did not answer within {timeoutSeconds} s";
        }
    }
}
