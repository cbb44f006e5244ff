using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;
using Microsoft.Extensions.Hosting;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy silo --redis HOST:PORT [--silo-port N] [--gateway-port N] [--advertise HOST]</c>:
/// one member of a cluster. Runs until stopped (Ctrl+C or SIGTERM); <c>diplomacy run --redis</c>
/// then runs scenarios on the cluster. Redis that cannot be reached is reported in one line within
/// the connect timeout, not after Orleans' retries.
/// </summary>
public static class SiloCommand
{
    public const string Name = "silo";

    public const string Summary = "run one silo of a cluster that meets in Redis (until Ctrl+C)";

    public const string Help = """
        Usage: diplomacy silo --redis HOST:PORT [options]

        Runs one silo of a Diplomacy cluster until Ctrl+C or SIGTERM. Silos find each other through
        Redis membership and keep run state there, so a run survives the loss of a silo. Start two
        or more, then run scenarios on them with 'diplomacy run SCENARIO --redis HOST:PORT'. While
        it is an active member it keeps a health file fresh, which 'diplomacy health' reads.

        Options:
          --redis HOST:PORT        the Redis the cluster meets in (required)
          --cluster-id ID          the cluster's id in Redis (default diplomacy)
          --connect-timeout S      give up reaching Redis after S seconds, 1-600 (default 15)
          --silo-port N            port for silo-to-silo traffic, 1-65535 (default 11111)
          --gateway-port N         port clients connect to, 1-65535 (default 30000)
          --advertise HOST         the address other silos and clients reach this one at (default 127.0.0.1)
        """ + "\n" + OutputSettings.TelemetryHelp + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy silo --redis 127.0.0.1:6379 --silo-port 11111 --gateway-port 30000
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var cluster = ClusterArguments.Read(arguments)
            ?? throw new UsageException("'silo' needs '--redis HOST:PORT': silos find each other through Redis");
        var siloPort = arguments.IntOption("silo-port", minimum: 1, maximum: 65535) ?? ClusterSilo.DefaultSiloPort;
        var gatewayPort = arguments.IntOption("gateway-port", minimum: 1, maximum: 65535) ?? ClusterSilo.DefaultGatewayPort;
        var advertise = arguments.Option("advertise") ?? "127.0.0.1";
        var telemetry = OutputSettings.ReadTelemetry(arguments);
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);
        if (siloPort == gatewayPort)
        {
            throw new UsageException($"'--silo-port' and '--gateway-port' must differ, both are {siloPort}");
        }

        InternalFailure.WatchBackgroundThreads();
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
