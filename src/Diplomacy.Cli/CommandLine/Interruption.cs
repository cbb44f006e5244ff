using System.Runtime.InteropServices;

namespace Diplomacy.Cli.CommandLine;

/// <summary>
/// Turns the first SIGINT or SIGTERM into a cancellation the command's work observes, so that a
/// run stops within a round, removes its staging folder and exits 130 or 143 with one line. A
/// second signal is left to the runtime's default: the process ends at once (a later run cleans
/// up what it left).
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancel = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    private Interruption()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _cancel.Token;

    /// <summary>Starts listening; dispose to give the signals back to the runtime.</summary>
    public static Interruption Listen() => new();

    /// <summary>
    /// Runs <paramref name="work"/> with <see cref="Token"/>; if a signal cancelled it, throws
    /// <see cref="InterruptedException"/> instead of whatever the cancellation surfaced as.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            var result = await work(Token);
            ThrowIfInterrupted();
            return result;
        }
        catch (Exception) when (_signal != 0)
        {
            throw new InterruptedException((PosixSignal)_signal);
        }
    }

    public void ThrowIfInterrupted()
    {
        if (_signal != 0)
        {
            throw new InterruptedException((PosixSignal)_signal);
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0)
        {
            return;
        }

        context.Cancel = true;
        _cancel.Cancel();
    }
}
