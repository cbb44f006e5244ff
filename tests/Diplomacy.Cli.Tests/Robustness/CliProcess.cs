using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Diplomacy.Cli.Tests.Robustness;

/// <summary>
/// <c>diplomacy</c> as a real process: for what only a process can show (signals, exit codes of
/// a crash, a full disk, standard output that cannot be written).
/// </summary>
internal static partial class CliProcess
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    /// <summary>Longest any of these commands may take before the test calls it hung.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "diplomacy.dll");

    /// <summary>Runs <c>bash -c SCRIPT</c> with <c>$DIPLOMACY</c> standing for the command, to its end.</summary>
    public static async Task<(int Exit, string Output, string Error)> ShellAsync(string script, string workingDirectory)
    {
        using var process = Start("bash", ["-c", script.Replace("$DIPLOMACY", "dotnet \"$DIPLOMACY_DLL\"", StringComparison.Ordinal)], workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await WaitAsync(process);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Runs <c>diplomacy ARGS</c> to its end.</summary>
    public static Task<(int Exit, string Output, string Error)> RunAsync(string workingDirectory, params string[] args) =>
        ShellAsync("exec $DIPLOMACY " + string.Join(' ', args.Select(Quote)), workingDirectory);

    public static Process Start(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.Environment["DIPLOMACY_DLL"] = Dll;
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {file}");
    }

    /// <summary>Waits for the process to end; kills it and fails if it outlives <see cref="Guard"/>.</summary>
    public static async Task WaitAsync(Process process)
    {
        using var guard = new CancellationTokenSource(Guard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)}' hung");
        }
    }

    /// <summary>Sends a signal, as Ctrl+C or a service manager would.</summary>
    public static void Signal(Process process, int signal) => Assert.Equal(0, Kill(process.Id, signal));

    /// <summary>Makes a FIFO (named pipe) at <paramref name="path"/>.</summary>
    public static void MakeFifo(string path) => Assert.Equal(0, MkFifo(path, Convert.ToInt32("644", 8)));

    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "mkfifo", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int MkFifo(string path, int mode);
}
