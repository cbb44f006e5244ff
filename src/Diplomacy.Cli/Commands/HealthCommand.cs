using System.Net.Sockets;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy health [--host HOST] [--gateway-port N] [--timeout SECONDS]</c>: the container
/// health probe of a silo. A silo opens its gateway port only once it has joined the cluster and
/// closes it when it leaves, so a connection accepted there means "this silo serves clients".
/// Exits 0 when it does, 1 when it does not (the codes Docker's HEALTHCHECK expects). It loads
/// no Orleans, so the probe costs a process start and one TCP handshake.
/// </summary>
public static class HealthCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var host = arguments.Option("host") ?? "127.0.0.1";
        var port = arguments.IntOption("gateway-port", minimum: 1) ?? ClusterSilo.DefaultGatewayPort;
        var timeout = arguments.IntOption("timeout", minimum: 1) ?? 3;
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);
        if (port > ushort.MaxValue)
        {
            throw new UsageException($"option '--gateway-port' must be at most {ushort.MaxValue}, got {port}");
        }

        using var client = new TcpClient();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(timeout));
        try
        {
            await client.ConnectAsync(host, port, deadline.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            var reason = e is SocketException socket ? socket.Message : $"no answer within {timeout} s";
            await error.WriteLineAsync($"unhealthy: no silo gateway at {host}:{port} ({reason})");
            return ExitCodes.Failure;
        }

        await output.WriteLineAsync($"healthy: the silo gateway at {host}:{port} accepts connections");
        return ExitCodes.Success;
    }
}
