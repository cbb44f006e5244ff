using System.Globalization;

namespace Diplomacy.Cli.CommandLine;

/// <summary>
/// The last resort: an exception nothing else handled is a bug or an environment fault, never the
/// user's input. It gets one line on standard error naming a log file that holds the details (or,
/// with <c>--verbose</c>, the details themselves), and exit code 1, never a bare stack trace.
/// </summary>
public static class InternalFailure
{
    private static int _watching;

    /// <summary>
    /// Sends an exception on a thread no command awaits (an Orleans host's) the same way: one line,
    /// a log file, exit 1. Called by the commands that start such threads, not at start-up, where
    /// the handler would cost every command (forecast above all) compiled code it never uses.
    /// </summary>
    public static void WatchBackgroundThreads()
    {
        if (Interlocked.Exchange(ref _watching, 1) == 0)
        {
            AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            {
                var verbose = Environment.GetCommandLineArgs().Contains(CommandDispatcher.VerboseFlag);
                Report(e.ExceptionObject as Exception ?? new InvalidOperationException($"{e.ExceptionObject}"), verbose, Console.Error);
                Environment.Exit(ExitCodes.Failure);
            };
        }
    }

    public static int Report(Exception exception, bool verbose, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        var summary = $"diplomacy: internal error: {exception.GetType().Name}: {FirstLine(exception.Message)}";
        try
        {
            if (verbose)
            {
                error.WriteLine(summary);
                error.WriteLine(exception.ToString());
            }
            else
            {
                error.WriteLine($"{summary} (details in {WriteLog(exception)}; --verbose prints them here)");
            }
        }
        catch (Exception) when (!verbose)
        {
            // No log could be written (a full or read-only disk): the line alone, with what failed.
            TryWrite(error, $"{summary} (no log could be written; --verbose prints the details here)");
        }
        catch (Exception)
        {
            // Standard error itself is gone: nothing more can be said.
        }

        return ExitCodes.Failure;
    }

    /// <summary>Writes the details to a new file in the temporary folder and returns its path.</summary>
    private static string WriteLog(Exception exception)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), $"diplomacy-{stamp}-{Environment.ProcessId}.log");
        File.WriteAllText(path, $"""
            diplomacy {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}
            at {DateTime.UtcNow:O} (UTC), process {Environment.ProcessId}, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}
            working folder {Environment.CurrentDirectory}

            {exception}

            """);
        return path;
    }

    private static void TryWrite(TextWriter error, string line)
    {
        try
        {
            error.WriteLine(line);
        }
        catch (Exception)
        {
            // Standard error itself is gone: nothing more can be said.
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? message : message[..end];
    }
}
