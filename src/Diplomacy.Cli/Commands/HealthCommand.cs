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
    public const string Name = "health";

    public const string Summary = "exit 0 when the silo on this machine is an active, reachable cluster member";

    public const string Help = """
        Usage: diplomacy health [--gateway-port N] [--timeout SECONDS]

        The container health check of the 'diplomacy silo' on this machine with that gateway port.
        Healthy (exit 0) when the silo's health file is fresh (Orleans reports it an active member of
        its cluster) and its gateway accepts a connection on 127.0.0.1; otherwise one line on
        standard error saying why, and exit 1 (the codes Docker's HEALTHCHECK expects).

        Options:
          --gateway-port N         the silo's gateway port, 1-65535 (default 30000)
          --timeout SECONDS        how long to wait for the gateway, 1-600 (default 3)
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy health --gateway-port 30000
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var port = arguments.IntOption("gateway-port", minimum: 1, maximum: ushort.MaxValue) ?? ClusterSilo.DefaultGatewayPort;
        var timeout = arguments.IntOption("timeout", minimum: 1, maximum: 600) ?? 3;
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);

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
