using Orleans.Runtime;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// Retries a client's call to a run grain that failed because the silo holding it was lost, or was
/// taking over the run at that moment: the next call activates the run on a survivor. Every run
/// grain method may be retried, so a retry can only repeat what is safe to repeat. Pauses grow to
/// 4 s, about 40 s in all — well past the time a lost silo takes to be declared dead.
/// </summary>
internal static class ClientRetry
{
    private const int Attempts = 14;

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(4);

    public static async Task<T> CallAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (attempt < Attempts && IsTransient(e))
            {
                await Task.Delay(pause, cancellationToken);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    public static Task CallAsync(Func<Task> call, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            await call();
            return true;
        }, cancellationToken);

    // Silo lost, message rejected or timed out, activation failed while another took the run over.
    private static bool IsTransient(Exception e) =>
        e is OrleansException or TimeoutException
        || (e.InnerException is { } inner && IsTransient(inner));
}
