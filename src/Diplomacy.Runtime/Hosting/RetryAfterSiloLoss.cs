using Orleans.Runtime;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// Retries a grain call that failed because a silo died under it, once membership has had time to
/// declare the silo dead and the grain can re-activate on a survivor from its stored state.
/// Safe only because every grain operation is stamped with its (round, step) and applied once:
/// a retried call that already took effect returns the recorded result instead of applying again.
/// </summary>
public sealed class RetryAfterSiloLoss(int attempts = 8) : IOutgoingGrainCallFilter
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await context.Invoke();
                return;
            }
            catch (Exception e) when (attempt < attempts && IsSiloLoss(e))
            {
                await Task.Delay(pause);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, TimeSpan.FromSeconds(4).Ticks));
            }
        }
    }

    private static bool IsSiloLoss(Exception e) =>
        e is SiloUnavailableException or OrleansMessageRejectionException or TimeoutException
        || (e.InnerException is { } inner && IsSiloLoss(inner));
}
