using System.Net;
using Diplomacy.Classroom;
using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy serve [--port P] [--host ADDRESS] [--redis HOST:PORT]</c>: the classroom
/// (docs/classroom.md). It listens on 127.0.0.1 unless told otherwise, and warns when it is
/// reachable from other machines. Its runs play on an embedded silo, or on the cluster that meets
/// in Redis, like <c>run</c>'s. Runs until stopped (Ctrl+C or SIGTERM).
/// </summary>
public static class ServeCommand
{
    public const string Name = "serve";

    public const string Summary = "the classroom: a teacher steps a scenario in the browser, students play its actors";

    public const string Help = """
        Usage: diplomacy serve [--port P] [--host ADDRESS] [--redis HOST:PORT]

        Serves the classroom until Ctrl+C or SIGTERM. The teacher opens http://HOST:PORT/, picks a
        shipped scenario (or uploads one) and steps it; a room code appears, and students open
        http://HOST:PORT/student, enter it and take an actor's seat: they answer the proposals put to
        their actor before a timer runs out (then the model answers), and the trace says which
        answers came from people. Every page is built into the program; nothing is loaded from the
        network. See docs/classroom.md.

        Options:
          --port P                 the port to listen on, 0-65535 (default 8080; 0 picks a free one)
          --host ADDRESS           the address to listen on (default 127.0.0.1, this machine only);
                                   0.0.0.0 lets the classroom network in, with a warning
        """ + "\n" + ClusterArguments.OptionsHelp + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy serve --host 0.0.0.0 --port 8080
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var port = arguments.IntOption("port", minimum: 0, maximum: IPEndPoint.MaxPort) ?? ClassroomOptions.DefaultPort;
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

        await using var connection = await ClusterArguments.ConnectAsync(cluster, tracing: false, CancellationToken.None);
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
