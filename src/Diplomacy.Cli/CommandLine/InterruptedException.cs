using System.Runtime.InteropServices;

namespace Diplomacy.Cli.CommandLine;

/// <summary>The user stopped the command with Ctrl+C or SIGTERM; the dispatcher prints one line and exits 130 or 143.</summary>
public sealed class InterruptedException(PosixSignal signal)
    : Exception($"interrupted by {Name(signal)}")
{
    public PosixSignal Signal { get; } = signal;

    /// <summary>128 + the signal's number, as shells report a process that a signal ended.</summary>
    public int ExitCode => Signal == PosixSignal.SIGTERM ? 143 : 130;

    public static string Name(PosixSignal signal) => signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT (Ctrl+C)";
}
