using System.Diagnostics;
using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;
using static Diplomacy.RunBench.Suite.Report;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// Issue 13's measurements in one process and one silo: raw Orleans, the engine on the baseline
/// and on synthetic worlds, runs a second, a forum round against the pure model, memory after runs
/// and per idle actor grain, then the whole <c>diplomacy</c> process. Each figure is the median of
/// <see cref="SuiteSettings.Repetitions"/> repetitions; the machine varies ±40 % between processes,
/// so the ratios taken here, in one process, are what to compare.
/// </summary>
public sealed class BenchSuite(SuiteSettings settings, BenchSilo silo, string repository)
{
    private readonly ScenarioRunner _runner = new(silo.Client);
    private readonly Report _report = new();

    public async Task RunAsync()
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine(Format($"RunBench suite, {settings.Mode}: {Environment.ProcessorCount} cores, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, .NET {Environment.Version}"));
        Header("Raw Orleans and the engine, one embedded silo");
        var raw = await RawCallsAsync();
        var baseline = ScenarioLoader.Load(Path.Combine(repository, "scenarios", "talks-as-announced.yaml"));
        await RunsAsync(baseline, settings.WarmupRuns, 1);
        var sequential = await BaselineAsync(baseline, settings.SequentialRuns, 1, "sequential");
        var concurrent = await BaselineAsync(baseline, settings.ConcurrentRuns, settings.Concurrency, Format($"{settings.Concurrency} at a time"));
        var (ratio, pairedRaw, pairedEngine) = await PairedRatioAsync(baseline);
        Row(
            Format($"engine calls/s ÷ raw calls/s, sequential, paired (each repetition: {PairedCalls:N0} raw calls, then {PairedRuns} baseline runs)"),
            Format($"{ratio:0.000} (pairs: raw {pairedRaw}, engine {pairedEngine} calls/s; from the medians above: {sequential.CallsPerSecond / raw:0.000})"));
        _report.Target("engine-calls-vs-raw", ratio, "0.000", ">=0.5", ratio >= 0.5);
        await ThousandRunsAsync(baseline, concurrent.RunsPerSecond);
        await SyntheticAsync();
        await ForumsAsync();
        await MemoryAfterRunsAsync(baseline);
        // The whole process is timed before the idle grains: with 100,000 of them alive this process keeps a core busy.
        await new WholeProcess(settings, repository, _report).MeasureAsync();
        Header("Idle actor grains (managed heap, after a full compacting collection)");
        await IdleGrainsAsync();
        Console.WriteLine();
        Console.WriteLine(Format($"suite took {total.Elapsed.TotalSeconds:0} s; load average now {LoadAverage()}"));
        _report.PrintTargets();
    }

    private async Task<double> RawCallsAsync()
    {
        var grains = Enumerable.Range(0, SuiteSettings.FanOut).Select(i => silo.Client.GetGrain<IPingGrain>(i)).ToArray();
        await Task.WhenAll(grains.Select(g => g.Ping(0)));
        var sequential = new List<double>();
        var fanOut = new List<double>();
        for (var rep = 0; rep < settings.Repetitions; rep++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < settings.RawCalls; i++)
            {
                await grains[0].Ping(i);
            }

            sequential.Add(settings.RawCalls / clock.Elapsed.TotalSeconds);
            clock.Restart();
            for (var batch = 0; batch < settings.FanOutBatches; batch++)
            {
                await Task.WhenAll(grains.Select(g => g.Ping(batch)));
            }

            fanOut.Add(settings.FanOutBatches * SuiteSettings.FanOut / clock.Elapsed.TotalSeconds);
        }

        Row(Format($"raw Orleans, trivial grain, sequential ({settings.RawCalls:N0} calls)"), Spread(sequential, "N0") + " calls/s");
        Row(Format($"raw Orleans, trivial grain, {SuiteSettings.FanOut:N0}-way fan-out ({settings.FanOutBatches} rounds)"), Spread(fanOut, "N0") + " calls/s");
        return Median(sequential);
    }

    private const int PairedCalls = 10_000;
    private const int PairedRuns = 10;

    /// <summary>The load on this machine swings within seconds, so the ratio is taken pair by pair, raw and engine back to back.</summary>
    private async Task<(double Ratio, string Raw, string Engine)> PairedRatioAsync(Scenario baseline)
    {
        var ping = silo.Client.GetGrain<IPingGrain>(0);
        var ratios = new List<double>();
        var raws = new List<double>();
        var engines = new List<double>();
        for (var rep = 0; rep < settings.Repetitions; rep++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < PairedCalls; i++)
            {
                await ping.Ping(i);
            }

            var raw = PairedCalls / clock.Elapsed.TotalSeconds;
            var calls = CallCounter.Calls;
            clock.Restart();
            await RunsAsync(baseline, PairedRuns, 1);
            var engine = (CallCounter.Calls - calls) / clock.Elapsed.TotalSeconds;
            raws.Add(raw);
            engines.Add(engine);
            ratios.Add(engine / raw);
        }

        return (Median(ratios), string.Join(" ", raws.Select(r => r.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))), string.Join(" ", engines.Select(e => e.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))));
    }

    private sealed record Throughput(double RunsPerSecond, double CallsPerSecond);

    private async Task<Throughput> BaselineAsync(Scenario scenario, int runs, int parallel, string how)
    {
        var runsPerSecond = new List<double>();
        var callsPerSecond = new List<double>();
        var callsPerRun = new List<double>();
        var proposalsPerSecond = new List<double>();
        var allocatedPerRun = new List<double>();
        for (var rep = 0; rep < settings.Repetitions; rep++)
        {
            var calls = CallCounter.Calls;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var sinks = await RunsAsync(scenario, runs, parallel);
            var seconds = clock.Elapsed.TotalSeconds;
            var made = CallCounter.Calls - calls;
            runsPerSecond.Add(runs / seconds);
            callsPerSecond.Add(made / seconds);
            callsPerRun.Add((double)made / runs);
            proposalsPerSecond.Add(sinks.Sum(s => s.Proposals) / seconds);
            allocatedPerRun.Add((GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0 / runs);
        }

        var name = Format($"baseline ({scenario.Name}), {runs} runs {how}");
        Row(name + ": runs/s", Spread(runsPerSecond, "0.0") + Format($" = {1000 / Median(runsPerSecond):0.0} ms/run"));
        Row(name + ": engine grain calls/s", Spread(callsPerSecond, "N0") + Format($", {Median(callsPerRun):0} calls/run"));
        Row(name + ": proposals/s", Spread(proposalsPerSecond, "N0"));
        Row(name + ": allocated/run", Spread(allocatedPerRun, "0.0") + " MB");
        return new Throughput(Median(runsPerSecond), Median(callsPerSecond));
    }

    private async Task ThousandRunsAsync(Scenario baseline, double concurrentRunsPerSecond)
    {
        double seconds;
        if (settings.ThousandRunsMeasured)
        {
            var times = new List<double>();
            for (var rep = 0; rep < settings.Repetitions; rep++)
            {
                var clock = Stopwatch.StartNew();
                await RunsAsync(baseline, 1_000, settings.Concurrency);
                times.Add(clock.Elapsed.TotalSeconds);
            }

            seconds = Median(times);
            Row(Format($"1,000 baseline runs, {settings.Concurrency} at a time"), Spread(times, "0.0") + " s");
        }
        else
        {
            seconds = 1_000 / concurrentRunsPerSecond;
            Row("1,000 baseline runs (quick: projected from the concurrent runs/s above)", Format($"{seconds:0.0} s"));
        }

        _report.Target(settings.ThousandRunsMeasured ? "baseline-1000-runs-s" : "baseline-1000-runs-s(projected)", seconds, "0.0", "<=10", seconds <= 10);
    }

    private async Task SyntheticAsync()
    {
        foreach (var actors in settings.SyntheticActors)
        {
            var scenario = SyntheticScenarioFile.Load(actors);
            await RunsAsync(scenario, 1, 1);
            var msPerRun = new List<double>();
            var callsPerSecond = new List<double>();
            var proposalsPerSecond = new List<double>();
            for (var rep = 0; rep < settings.Repetitions; rep++)
            {
                var calls = CallCounter.Calls;
                var clock = Stopwatch.StartNew();
                var sinks = await RunsAsync(scenario, 1, 1);
                var seconds = clock.Elapsed.TotalSeconds;
                msPerRun.Add(seconds * 1000);
                callsPerSecond.Add((CallCounter.Calls - calls) / seconds);
                proposalsPerSecond.Add(sinks[0].Proposals / seconds);
            }

            Row(Format($"synthetic world, {actors:N0} actors (synth seed 1, 3 issues): one run"), Spread(msPerRun, "N0") + " ms");
            Row(Format($"synthetic world, {actors:N0} actors: engine grain calls/s, proposals/s"), Spread(callsPerSecond, "N0") + " calls/s; " + Spread(proposalsPerSecond, "N0") + " proposals/s");
        }
    }

    private async Task ForumsAsync()
    {
        double largest = double.NaN;
        foreach (var actors in settings.ForumActors)
        {
            var model = MadeUpForum.ModelRounds(actors, settings.Repetitions).Select(t => t.TotalMilliseconds).ToList();
            try
            {
                var sink = new CountingSink();
                await _runner.RunAsync(MadeUpForum.Scenario(actors, settings.Repetitions), new RunOptions(), sink);
                var grains = sink.RoundTimes.Select(t => t.TotalMilliseconds).ToList();

                // Rounds differ in cost (the first, with every position distinct, is the dearest), so the
                // rounds are compared as a sum: the last round's arrival less round 0's, which stays right
                // even when the runner is handed two rounds at once.
                var ratio = grains.Sum() / model.Sum();
                Row(
                    Format($"forum of {actors:N0} actors, one issue, rounds 1–{settings.Repetitions} of one run: through grains / pure model"),
                    Format($"{grains.Sum():N0} ms / {model.Sum():N0} ms = {ratio:0.00}×; per round {string.Join(", ", grains.Select(g => g.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} / {string.Join(", ", model.Select(m => m.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)))} ms"));
                largest = ratio;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Row(Format($"forum round of {actors:N0} actors"), Format($"failed: {e.GetType().Name}: {e.Message.Split('\n')[0]}"));
                largest = double.NaN;
            }
        }

        _report.Target(Format($"forum-{settings.ForumActors[^1]}-vs-model"), largest, "0.00", "<=1.2", largest <= 1.2);
    }

    private async Task MemoryAfterRunsAsync(Scenario baseline)
    {
        await RunsAsync(baseline, 100, settings.Concurrency);
        var after100 = Heap();
        await RunsAsync(baseline, settings.MemoryRuns - 100, settings.Concurrency);
        var afterMany = Heap();
        var ratio = afterMany / after100;
        Row(Format($"managed heap after 100 more runs / after {settings.MemoryRuns:N0}"), Format($"{after100:0.0} MB / {afterMany:0.0} MB = {ratio:0.00}"));
        _report.Target(Format($"memory-{settings.MemoryRuns}-runs-vs-100"), ratio, "0.00", "<=1.5", ratio <= 1.5);
    }

    private async Task IdleGrainsAsync()
    {
        var perGrain = new List<double>();
        for (var rep = 0; rep < settings.Repetitions; rep++)
        {
            var runKey = GrainKeys.NewRunKey("idle");
            var before = Heap();
            for (var start = 0; start < settings.IdleGrains; start += 1_000)
            {
                await Task.WhenAll(Enumerable.Range(start, Math.Min(1_000, settings.IdleGrains - start)).Select(i => RestoreIdleActor(runKey, i)));
            }

            perGrain.Add((Heap() - before) * 1024 / settings.IdleGrains);
        }

        Row(Format($"memory per idle actor grain, {settings.IdleGrains:N0} restored (one issue each)"), Spread(perGrain, "0.00") + " KB");
        _report.Target(Format($"idle-actor-grain-KB-at-{settings.IdleGrains}"), Median(perGrain), "0.00", "<=4", Median(perGrain) <= 4);
    }

    private Task RestoreIdleActor(string runKey, int index)
    {
        var id = Format($"a{index}");
        var setup = new ActorSetup(id, ActorKind.State, null, 0.5, 0.3, [new IssueStance("issue", 50, 0.5, 0.5, null, null)], 1, 10);
        return silo.Client.GetGrain<IActorGrain>(GrainKeys.Actor(runKey, id)).Restore(new ActorRestore(1, setup, [new IssuePosition("issue", 50, 50, 0.5)]));
    }

    private async Task<IReadOnlyList<CountingSink>> RunsAsync(Scenario scenario, int count, int parallel)
    {
        var sinks = new CountingSink[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                sinks[i] = new CountingSink();
                await _runner.RunAsync(scenario, new RunOptions(), sinks[i]);
            }
        }));
        return sinks;
    }

    /// <summary>The managed heap in MB after a full, compacting collection.</summary>
    private static double Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
