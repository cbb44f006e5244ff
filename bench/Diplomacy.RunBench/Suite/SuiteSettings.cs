namespace Diplomacy.RunBench.Suite;

/// <summary>How much the suite measures: <c>--quick</c> (under 2 minutes on the 2-core machine) or the full sizes of issue 13.</summary>
public sealed record SuiteSettings(
    string Mode,
    int Repetitions,
    int RawCalls,
    int FanOutBatches,
    int WarmupRuns,
    int SequentialRuns,
    int ConcurrentRuns,
    int Concurrency,
    bool ThousandRunsMeasured,
    IReadOnlyList<int> SyntheticActors,
    IReadOnlyList<int> ForumActors,
    int MemoryRuns,
    int IdleGrains)
{
    public const int FanOut = 1_000;

    public static SuiteSettings Quick { get; } = new("quick", 3, 20_000, 10, 10, 20, 80, 8, false, [10, 100], [100, 1_000], 1_000, 10_000);

    public static SuiteSettings Full { get; } = new("full", 3, 100_000, 50, 20, 100, 1_000, 8, true, [10, 100, 1_000], [100, 1_000, 2_000], 10_000, 100_000);
}
