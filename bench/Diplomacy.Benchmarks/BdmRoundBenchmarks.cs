using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Benchmarks;

/// <summary>
/// One round of the expected-utility model at 10, 100 and 1,000 actors on one thread, against
/// the baseline of the direct O(n⁵) transcription at 10 actors. "Op/s" is rounds per second.
/// </summary>
[Config(typeof(Settings))]
public class BdmRoundBenchmarks
{
    private BdmSnapshot _ten = null!;
    private BdmSnapshot _hundred = null!;
    private BdmSnapshot _thousand = null!;
    private BdmSnapshot _hundredInInputOrder = null!;
    private BdmSnapshot _tenInInputOrder = null!;
    private IReadOnlyList<BdmActor> _euExample = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sorted = new BdmOptions(Summation: VoteSummation.Sorted, MaxDegreeOfParallelism: 1);
        var inputOrder = new BdmOptions(Summation: VoteSummation.InputOrder, MaxDegreeOfParallelism: 1);
        _ten = new BdmSnapshot(RandomTable(10), sorted);
        _tenInInputOrder = new BdmSnapshot(RandomTable(10), inputOrder);
        _hundred = new BdmSnapshot(RandomTable(100), sorted);
        _hundredInInputOrder = new BdmSnapshot(RandomTable(100), inputOrder);
        _thousand = new BdmSnapshot(RandomTable(1000), sorted);
        _euExample =
        [
            new("Netherlands", 0.08, 4, 0.8), new("Belgium", 0.08, 7, 0.4), new("Luxembourg", 0.03, 4, 0.2),
            new("Germany", 0.16, 4, 0.8), new("France", 0.16, 10, 0.6), new("Italy", 0.16, 10, 0.6),
            new("UK", 0.16, 10, 0.9), new("Ireland", 0.05, 7, 0.1), new("Denmark", 0.05, 4, 1.0),
            new("Greece", 0.08, 7, 0.7),
        ];
    }

    [Benchmark(Baseline = true, Description = "direct O(n^5) transcription, 10 actors")]
    public double[] DirectTranscription10()
    {
        var actors = _tenInInputOrder.Actors;
        return DirectTranscription.PlayRound(
            [.. actors.Select(a => a.Capability)],
            [.. actors.Select(a => a.Salience)],
            [.. actors.Select(a => a.Position)],
            _tenInInputOrder.Range,
            BdmVariant.Scholz).Positions;
    }

    [Benchmark(Description = "round, 10 actors, input order")]
    public BdmRound Round10InputOrder() => ExpectedUtilityModel.PlayRound(_tenInInputOrder);

    [Benchmark(Description = "round, 10 actors")]
    public BdmRound Round10() => ExpectedUtilityModel.PlayRound(_ten);

    [Benchmark(Description = "round, 100 actors, input order")]
    public BdmRound Round100InputOrder() => ExpectedUtilityModel.PlayRound(_hundredInInputOrder);

    [Benchmark(Description = "round, 100 actors")]
    public BdmRound Round100() => ExpectedUtilityModel.PlayRound(_hundred);

    [Benchmark(Description = "round, 1000 actors")]
    public BdmRound Round1000() => ExpectedUtilityModel.PlayRound(_thousand);

    [Benchmark(Description = "EU example, 10 rounds")]
    public IReadOnlyList<BdmRound> EuExampleTenRounds() => ExpectedUtilityModel.Forecast(_euExample, 10);

    private static BdmActor[] RandomTable(int count)
    {
        var random = new Random(2011);
        return [.. Enumerable.Range(0, count).Select(i => new BdmActor(
            $"A{i}", 0.05 + random.NextDouble(), Math.Round(random.NextDouble() * 100, 2), 0.1 + (0.9 * random.NextDouble())))];
    }

    private sealed class Settings : ManualConfig
    {
        public Settings()
        {
            AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(6));
            AddColumn(StatisticColumn.OperationsPerSecond);
            AddColumn(RankColumn.Arabic);
        }
    }
}
