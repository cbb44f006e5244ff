namespace Diplomacy.Grains;

/// <summary>
/// Wakes whoever waits for a grain's state to change: a long poll waits on it for at most a
/// timeout, and every change fires it once. Used on the grain's own turn only, so it needs no lock.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _changed = New();

    public void Fire()
    {
        var changed = _changed;
        _changed = New();
        changed.TrySetResult();
    }

    /// <summary>Returns when the next change happens or <paramref name="timeout"/> has passed, whichever is first.</summary>
    public async Task WaitAsync(TimeSpan timeout)
    {
        try
        {
            await _changed.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            // Nothing happened: the caller looks again.
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
