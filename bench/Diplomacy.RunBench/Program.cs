using System.Diagnostics;
using System.Globalization;
using Diplomacy.RunBench.Suite;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

// Issue 13's benchmark, and the single timings it grew from, on one embedded silo:
//   [--quick | --full]                          the suite: raw Orleans, the engine, forums, memory, whole process;
//                                               a table, then one TARGET line per target (full is the default)
//   runs SCENARIO [COUNT] [WARMUP] [PARALLEL]   COUNT runs of a scenario file (events and stances discarded)
//   forum ACTORS [SITTINGS]                     one forum of ACTORS made-up actors on one issue, SITTINGS rounds
//   model ACTORS [ROUNDS]                       the pure model's round on the same made-up actors, for the ratio
//   bare-silo                                   starts and stops a bare Orleans silo (no grains of ours): the suite
//                                               times this process as the floor under `diplomacy run`
var mode = args.Length > 0 ? args[0] : "--full";
if (mode is "--quick" or "--full")
{
    await using var benchSilo = await BenchSilo.StartAsync();
    await new BenchSuite(mode == "--quick" ? SuiteSettings.Quick : SuiteSettings.Full, benchSilo, RepositoryRoot()).RunAsync();
    return 0;
}

if (mode == "model")
{
    var times = MadeUpForum.ModelRounds(Arg(1, 300), Arg(2, 3));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pure model round, {Arg(1, 300)} actors: {times.Average(t => t.TotalMilliseconds):0.0} ms/round"));
    return 0;
}

if (mode == "bare-silo")
{
    await BareSilo.StartAndStopAsync();
    return 0;
}

await using var silo = await EmbeddedSilo.StartAsync();
var runner = new ScenarioRunner(silo.Client);
switch (mode)
{
    case "runs":
        await TimeRunsAsync(runner, ScenarioLoader.Load(args.Length > 1 ? args[1] : "scenarios/talks-as-announced.yaml"), Arg(2, 200), Arg(3, 20), Arg(4, 1));
        break;
    case "forum":
        await TimeForumAsync(runner, Arg(1, 300), Arg(2, 1));
        break;
    default:
        Console.Error.WriteLine($"unknown mode '{mode}': --quick, --full, runs, forum, model or bare-silo");
        return 2;
}

return 0;

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

// The suite reads scenarios/ and starts src/Diplomacy.Cli's build from the repository's root.
static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "Diplomacy.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("run the benchmark from inside the repository (Diplomacy.sln not found above the current folder)");
}

static async Task TimeRunsAsync(ScenarioRunner runner, Scenario scenario, int count, int warmup, int parallel)
{
    for (var i = 0; i < warmup; i++)
    {
        await runner.RunAsync(scenario, new RunOptions(), new CountingSink());
    }

    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var next = 0;
    var events = 0L;
    await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) <= count)
        {
            var sink = new CountingSink();
            await runner.RunAsync(scenario, new RunOptions(), sink);
            Interlocked.Add(ref events, sink.Events);
        }
    }));
    var elapsed = clock.Elapsed;
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{scenario.Name}: {count} runs ({parallel} at a time) in {elapsed.TotalSeconds:0.00} s = {count / elapsed.TotalSeconds:0.0} runs/s, {elapsed.TotalMilliseconds / count:0.00} ms/run, {bytes / count / 1024.0:0} KiB allocated/run, {events / count} events/run"));
}

static async Task TimeForumAsync(ScenarioRunner runner, int actors, int sittings)
{
    var scenario = MadeUpForum.Scenario(actors, sittings);
    var clock = Stopwatch.StartNew();
    await runner.RunAsync(scenario, new RunOptions(), new CountingSink());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"forum of {actors} actors, {sittings} sitting(s): {clock.Elapsed.TotalSeconds:0.000} s ({clock.Elapsed.TotalMilliseconds / sittings:0.0} ms/sitting, set-up included)"));
}
