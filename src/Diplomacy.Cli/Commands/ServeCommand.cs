using System.Net;
using Diplomacy.Classroom;
using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy serve [--port P] [--host ADDRESS] [--redis HOST:PORT [--cluster-id ID]]</c>: the
/// classroom (docs/classroom.md). It listens on 127.0.0.1 unless told otherwise, and warns when it
/// is reachable from other machines. Its runs play on an embedded silo, or on the cluster that
/// meets in Redis, like <c>run</c>'s. Runs until stopped (Ctrl+C or SIGTERM).
/// </summary>
public static class ServeCommand
{
    public const string UsageLine = "diplomacy serve [--port P] [--host ADDRESS] [--redis HOST:PORT [--cluster-id ID]]";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var port = arguments.IntOption("port", minimum: 0) ?? ClassroomOptions.DefaultPort;
        if (port > IPEndPoint.MaxPort)
        {
            throw new UsageException($"option '--port' must be at most {IPEndPoint.MaxPort}, got {port}");
        }

        var host = arguments.Option("host") ?? "127.0.0.1";
        var address = host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(host, out var parsed) ? parsed
            : throw new UsageException($"option '--host' expects an IP address such as 127.0.0.1 or 0.0.0.0, got '{host}'");
        var cluster = ClusterArguments.Read(arguments);
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);

        var options = new ClassroomOptions(address, port, Path.Combine(AppContext.BaseDirectory, "scenarios"));
        if (!options.IsLoopback)
        {
            await error.WriteLineAsync(
                $"diplomacy: warning: serving on {address}, so anyone who can reach this machine on port {port} can open the classroom; " +
                "there are no accounts, only room codes and each room's teacher key");
        }

        await using var connection = await ClusterArguments.ConnectAsync(cluster, tracing: false);
        ClassroomServer server;
        try
        {
            server = await ClassroomServer.StartAsync(options, connection.Client);
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot listen on {address}:{port}: {e.Message}");
        }

        await using (server)
        {
            await output.WriteLineAsync($"Classroom open at {server.Address} for the teacher; students join at {server.Address}student");
            await output.WriteLineAsync($"Runs play on the {connection.Description}. Ctrl+C stops the classroom.");
            await server.WaitForShutdownAsync(CancellationToken.None);
        }

        return ExitCodes.Success;
    }
}
