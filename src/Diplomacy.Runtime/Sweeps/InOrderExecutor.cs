namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// Runs numbered jobs at most <c>parallel</c> at a time and hands their results on strictly in
/// number order, whatever order they finish in. A finished job waits (in a window of bounded size)
/// only until the jobs before it are handed on; no job starts further than the window ahead of the
/// first unfinished one, so memory stays flat however many jobs there are.
/// </summary>
public static class InOrderExecutor
{
    /// <param name="first">Number of the first job (jobs before it are already done).</param>
    /// <param name="last">Number of the last job.</param>
    /// <param name="window">How far ahead of the oldest unfinished job a job may start (at least <paramref name="parallel"/>).</param>
    public static async Task RunAsync<T>(
        int first,
        int last,
        int parallel,
        int window,
        Func<int, CancellationToken, Task<T>> job,
        Func<int, T, Task> handOn,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallel, 1);
        window = Math.Max(window, parallel);
        var running = new Dictionary<Task<T>, int>();
        var finished = new Dictionary<int, T>();
        var next = first;
        var handedOn = first;
        try
        {
            while (handedOn <= last)
            {
                while (running.Count < parallel && next <= last && next - handedOn < window && !cancellationToken.IsCancellationRequested)
                {
                    running.Add(job(next, cancellationToken), next);
                    next++;
                }

                if (running.Count == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var done = await Task.WhenAny(running.Keys);
                finished.Add(running[done], await done);
                running.Remove(done);
                while (finished.Remove(handedOn, out var result))
                {
                    await handOn(handedOn, result);
                    handedOn++;
                }
            }
        }
        finally
        {
            // On a failure or a cancellation, let the jobs still running end before returning, so
            // nothing writes into the folder after the caller has let go of it.
            await Task.WhenAll(running.Keys.Select(t => t.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default)));
        }
    }
}
