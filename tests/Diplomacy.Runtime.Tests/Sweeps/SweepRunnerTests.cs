using Diplomacy.Runtime.Sweeps;
using Diplomacy.Runtime.Tables;
using Diplomacy.Runtime.Tests.Fixtures;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Runtime.Tests.Sweeps;

[Collection(OneSiloCollection.Name)]
public sealed class SweepRunnerTests(OneSiloCluster cluster) : IDisposable
{
    private static readonly string[] Tables = ["runs", "finals", "probabilities", "quantiles", "bands"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task<SweepSummary> RunAsync(Diplomacy.Experiments.Sweeps.Sweep sweep, string folder, int parallel = 3, TableFormat format = TableFormat.Csv, Action<SweepProgress>? progress = null, CancellationToken token = default) =>
        new SweepRunner(cluster.Client).RunAsync(sweep, new SweepOptions(_temp.Sub(folder), parallel, format), progress, token);

    [Fact]
    public async Task A_sweep_writes_every_table_in_run_order_and_publishes_the_folder_only_when_done()
    {
        var sweep = TestSweeps.TwoSets(replicates: 4);

        var summary = await RunAsync(sweep, "sweep");

        Assert.Equal((8, 0, false), (summary.Runs, summary.Failed, summary.AlreadyFinished));
        Assert.False(Directory.Exists(_temp.Sub("sweep") + SweepFolder.PartialSuffix));
        var runs = File.ReadAllLines(_temp.Sub("sweep/runs.csv"));
        Assert.StartsWith("run,set,replicate,seed,stances.rus.territory.position,rounds,stopped_by,agreed_ceasefire,agreed_territory,agreements,error,rerun", runs[0], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), runs.Skip(1).Select(r => r.Split(',')[0]));
        Assert.StartsWith($"5,2,1,{sweep.RunAt(1).Seed},90,3,", runs[5], StringComparison.Ordinal);
        Assert.EndsWith($"diplomacy run test.scenario.yaml --seed {sweep.RunAt(5).Seed} --set stances.rus.territory.position=90", runs[5], StringComparison.Ordinal);
        Assert.Equal(1 + (8 * 16), File.ReadAllLines(_temp.Sub("sweep/finals.csv")).Length);
        Assert.Equal(["set,parameters,issue,runs,agreed,probability"], File.ReadAllLines(_temp.Sub("sweep/probabilities.csv")).Take(1));
        Assert.Equal(1 + (2 * 2), File.ReadAllLines(_temp.Sub("sweep/probabilities.csv")).Length);
        Assert.Equal(1 + (2 * 16 * 4), File.ReadAllLines(_temp.Sub("sweep/bands.csv")).Length);
        Assert.Equal(1 + (2 * 16), File.ReadAllLines(_temp.Sub("sweep/quantiles.csv")).Length);
        Assert.True(File.Exists(_temp.Sub("sweep/report.html")));
        Assert.True(File.Exists(_temp.Sub("sweep/plots/fan-set2-territory.svg")));
        Assert.Contains("\"runs\": 8", await File.ReadAllTextAsync(_temp.Sub("sweep/sweep.json")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Sub("sweep/journal")));

        // Uncertainty makes replicates differ; the same replicate draws the same start in both sets but for the swept stance.
        var finals = File.ReadAllLines(_temp.Sub("sweep/finals.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.NotEqual(Start(finals, 1, "usa", "ceasefire"), Start(finals, 2, "usa", "ceasefire"));
        Assert.Equal(Start(finals, 1, "usa", "ceasefire"), Start(finals, 5, "usa", "ceasefire"));
        Assert.NotEqual(Start(finals, 1, "rus", "territory"), Start(finals, 5, "rus", "territory"));

        static string Start(List<string[]> rows, int run, string actor, string issue) =>
            rows.Single(r => r[0] == run.ToString(System.Globalization.CultureInfo.InvariantCulture) && r[1] == actor && r[2] == issue)[3];
    }

    [Theory]
    [InlineData(TableFormat.Csv)]
    [InlineData(TableFormat.Parquet)]
    public async Task A_sweep_stopped_at_random_points_and_resumed_writes_the_bytes_of_one_never_stopped(TableFormat format)
    {
        var sweep = TestSweeps.TwoSets(replicates: 6);
        await RunAsync(sweep, "whole", parallel: 1, format: format);

        var random = new Random(format == TableFormat.Csv ? 3 : 4);
        var stops = 0;
        while (!Directory.Exists(_temp.Sub("resumed")))
        {
            using var stop = new CancellationTokenSource();
            var at = random.Next(1, 5);
            var seen = 0;
            try
            {
                // One run at a time, so a stop lands before the runs already under way finish the sweep
                // (with four at once a quiet machine sometimes finished it first: one stop, not two).
                await RunAsync(sweep, "resumed", parallel: 1, format: format, progress: _ => { if (++seen > at) { stop.Cancel(); } }, token: stop.Token);
            }
            catch (OperationCanceledException)
            {
                stops++;
            }
        }

        Assert.True(stops >= 2, $"the sweep should have been stopped more than once, was stopped {stops} times");
        foreach (var table in Tables)
        {
            var file = TableWriter.FileName(table, format);
            Assert.Equal(await File.ReadAllBytesAsync(_temp.Sub($"whole/{file}")), await File.ReadAllBytesAsync(_temp.Sub($"resumed/{file}")));
        }
    }

    [Fact]
    public async Task A_parameter_set_that_crosses_a_red_line_fails_its_runs_and_the_others_run()
    {
        var sweep = TestSweeps.TwoSets(replicates: 3, secondPosition: 10);

        var summary = await RunAsync(sweep, "failing");

        Assert.Equal(3, summary.Failed);
        Assert.All(summary.Failures, f => Assert.Equal(2, f.Run.Set));
        Assert.Equal("parameter set 2: stances.rus.territory.position = 10 lies outside rus's red line on territory [60, 100]", summary.Failures[0].Error);
        var runs = File.ReadAllLines(_temp.Sub("failing/runs.csv"));
        Assert.All(runs.Skip(1).Take(3), r => Assert.DoesNotContain("red line", r, StringComparison.Ordinal));
        Assert.All(runs.Skip(4), r => Assert.Contains(",10,,,,,[],\"parameter set 2: stances.rus.territory.position = 10 lies outside", r, StringComparison.Ordinal));
        Assert.Contains("2,stances.rus.territory.position=10,territory,0,0,", await File.ReadAllTextAsync(_temp.Sub("failing/probabilities.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task How_many_runs_go_at_once_changes_no_byte()
    {
        var sweep = TestSweeps.TwoSets(replicates: 4);

        await RunAsync(sweep, "one", parallel: 1);
        await RunAsync(sweep, "eight", parallel: 8);

        foreach (var table in Tables)
        {
            Assert.Equal(await File.ReadAllBytesAsync(_temp.Sub($"one/{table}.csv")), await File.ReadAllBytesAsync(_temp.Sub($"eight/{table}.csv")));
        }
    }

    [Fact]
    public async Task A_folder_holding_another_sweep_is_refused_and_the_same_finished_sweep_is_left_alone()
    {
        var sweep = TestSweeps.TwoSets(replicates: 1);
        await RunAsync(sweep, "taken");
        var before = await File.ReadAllBytesAsync(_temp.Sub("taken/runs.csv"));

        Assert.True((await RunAsync(sweep, "taken")).AlreadyFinished);
        var other = TestSweeps.TwoSets(replicates: 1, name: "other-sweep");
        var refused = await Assert.ThrowsAsync<InputException>(() => RunAsync(other, "taken"));

        Assert.Contains("holds a finished sweep, but it holds sweep 'test-sweep'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(_temp.Sub("taken/runs.csv")));
    }

    [Fact]
    public async Task An_unfinished_sweep_whose_file_changed_is_refused_instead_of_resumed()
    {
        var sweep = TestSweeps.TwoSets(replicates: 3);
        using (var stop = new CancellationTokenSource())
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(sweep, "changed", parallel: 1, progress: p => { if (p.Done >= 2) { stop.Cancel(); } }, token: stop.Token));
        }

        var edited = TestSweeps.TwoSets(replicates: 3, secondPosition: 80);
        var refused = await Assert.ThrowsAsync<InputException>(() => RunAsync(edited, "changed"));

        Assert.Contains("holds an unfinished sweep, but the sweep file changed since this sweep started", refused.Message, StringComparison.Ordinal);
        Assert.InRange((await RunAsync(sweep, "changed")).Resumed, 2, 6);
    }
}
