namespace Diplomacy.RunBench.Suite;

/// <summary>
/// Counts every grain call the silo receives (client to grain and grain to grain), so that
/// the engine's calls a run can be read beside its runs a second. The same filter sits in
/// front of the trivial grain, so raw and engine pay the same toll.
/// </summary>
public sealed class CallCounter : IIncomingGrainCallFilter
{
    private static long s_calls;

    public static long Calls => Interlocked.Read(ref s_calls);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        Interlocked.Increment(ref s_calls);
        return context.Invoke();
    }
}
