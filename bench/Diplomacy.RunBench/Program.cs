using System.Diagnostics;
using System.Globalization;
using Diplomacy.Contracts.Trace;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.World;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

// Times whole runs through ScenarioRunner.RunAsync on one embedded silo, so the same harness
// measures any engine behind that public call:
//   runs SCENARIO [COUNT] [WARMUP] [PARALLEL]   COUNT runs of a scenario file (events and stances discarded)
//   forum ACTORS [SITTINGS]                     one forum of ACTORS made-up actors on one issue, SITTINGS rounds
//   model ACTORS [ROUNDS]                       the pure model's round on the same made-up actors, for the ratio
var mode = args.Length > 0 ? args[0] : "runs";
if (mode == "model")
{
    TimeModelRound(Arg(1, 300), Arg(2, 3));
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
        Console.Error.WriteLine($"unknown mode '{mode}': runs or forum");
        return 2;
}

return 0;

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static async Task TimeRunsAsync(ScenarioRunner runner, Scenario scenario, int count, int warmup, int parallel)
{
    for (var i = 0; i < warmup; i++)
    {
        await runner.RunAsync(scenario, new RunOptions(), new DiscardSink());
    }

    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var next = 0;
    var events = 0L;
    await Task.WhenAll(Enumerable.Range(0, parallel).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) <= count)
        {
            var sink = new DiscardSink();
            await runner.RunAsync(scenario, new RunOptions(), sink);
            Interlocked.Add(ref events, sink.Events);
        }
    }));
    var elapsed = clock.Elapsed;
    var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{scenario.Name}: {count} runs ({parallel} at a time) in {elapsed.TotalSeconds:0.00} s = {count / elapsed.TotalSeconds:0.0} runs/s, {elapsed.TotalMilliseconds / count:0.00} ms/run, {bytes / count / 1024.0:0} KiB allocated/run, {events / count} events/run"));
}

static SeedWorld MadeUpWorld(int actors)
{
    var random = new Random(2011);
    var ids = Enumerable.Range(0, actors).Select(i => $"a{i}").ToList();
    return new SeedWorld(
        "made-up.txt",
        [.. ids.Select(id => new Actor(id, id, ActorKind.State, "state", null, 0.05 + random.NextDouble(), 0.3))],
        [new Issue("issue", "Issue", "low", "high")],
        [.. ids.Select(id => new Stance(id, "issue", Math.Round(random.NextDouble() * 100, 2), 0.1 + (0.9 * random.NextDouble()), 0.5, Confidence.Assumed, null, "made up", null, null))],
        []);
}

static void TimeModelRound(int actors, int rounds)
{
    var world = MadeUpWorld(actors);
    var snapshot = new BdmSnapshot(
        [.. world.Actors.Select(a => new BdmActor(a.Id, a.Capability, world.Stances.Single(s => s.Actor == a.Id).Position, world.Stances.Single(s => s.Actor == a.Id).Salience))],
        new BdmOptions(BdmVariant.Paper));
    ExpectedUtilityModel.PlayRound(snapshot);
    var clock = Stopwatch.StartNew();
    for (var round = 0; round < rounds; round++)
    {
        ExpectedUtilityModel.PlayRound(snapshot);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pure model round, {actors} actors: {clock.Elapsed.TotalMilliseconds / rounds:0.0} ms/round"));
}

static async Task TimeForumAsync(ScenarioRunner runner, int actors, int sittings)
{
    var world = MadeUpWorld(actors);
    var ids = world.Actors.Select(a => a.Id).ToList();
    var here = new SourceLocation("bench", 1, 1);
    var scenario = new Scenario(
        "forum-bench", "one large forum", "bench", "bench", world, ["issue"], sittings, 1,
        ModelSettings.Default with { Influence = new InfluenceSettings(Enabled: false, StepsPerRound: 1) },
        [.. Enumerable.Range(1, sittings).Select(round => new ForumEvent(round, here, "all", ids, ["issue"]))],
        []);
    var clock = Stopwatch.StartNew();
    await runner.RunAsync(scenario, new RunOptions(), new DiscardSink());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"forum of {actors} actors, {sittings} sitting(s): {clock.Elapsed.TotalSeconds:0.000} s ({clock.Elapsed.TotalMilliseconds / sittings:0.0} ms/sitting, set-up included)"));
}

internal sealed class DiscardSink : ITraceSink
{
    public long Events { get; private set; }

    public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
    {
        Events++;
        return ValueTask.CompletedTask;
    }

    public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
