using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;
using Microsoft.Extensions.Hosting;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy silo --redis HOST:PORT [--silo-port N] [--gateway-port N] [--advertise HOST]</c>:
/// one member of a cluster. Runs until stopped (Ctrl+C or SIGTERM); <c>diplomacy run --redis</c>
/// then runs scenarios on the cluster.
/// </summary>
public static class SiloCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var cluster = ClusterArguments.Read(arguments)
            ?? throw new UsageException("'silo' needs '--redis HOST:PORT': silos find each other through Redis");
        var siloPort = arguments.IntOption("silo-port", minimum: 1) ?? ClusterSilo.DefaultSiloPort;
        var gatewayPort = arguments.IntOption("gateway-port", minimum: 1) ?? ClusterSilo.DefaultGatewayPort;
        var advertise = arguments.Option("advertise") ?? "127.0.0.1";
        var telemetry = OutputSettings.ReadTelemetry(arguments);
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);

        using var session = TelemetryArguments.Start(telemetry, error);
        var member = new ClusterSilo(cluster, siloPort, gatewayPort, advertise, telemetry.Tracing);
        IHost host;
        try
        {
            host = await member.StartAsync();
        }
        catch (Exception e) when (e is ArgumentException or System.Net.Sockets.SocketException or OrleansException)
        {
            throw new UsageException($"cannot start the silo: {e.Message}");
        }

        using (host)
        {
            // For `diplomacy health` (the container health check): this silo is joined and serving.
            await using var heartbeat = SiloHeartbeat.Start(host.Services, gatewayPort);
            await output.WriteLineAsync(
                $"silo of cluster '{cluster.ClusterId}' up at {advertise}:{siloPort} (gateway {gatewayPort}), membership in Redis at {cluster.Endpoint}; Ctrl+C stops it");
            await host.WaitForShutdownAsync();
        }

        return ExitCodes.Success;
    }
}
