using System.Diagnostics;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// One forum of made-up actors on one issue, every round a sitting of all of them, influence off:
/// the same actors go through the grains and through the pure model, so the two rounds compare.
/// </summary>
public static class MadeUpForum
{
    public static SeedWorld World(int actors)
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

    public static Scenario Scenario(int actors, int sittings)
    {
        var world = World(actors);
        var ids = world.Actors.Select(a => a.Id).ToList();
        var here = new SourceLocation("bench", 1, 1);
        return new Scenario(
            "forum-bench", "one large forum", "bench", "bench", world, ["issue"], sittings, 1,
            ModelSettings.Default with { Influence = new InfluenceSettings(Enabled: false, StepsPerRound: 1) },
            [.. Enumerable.Range(1, sittings).Select(round => new ForumEvent(round, here, "all", ids, ["issue"]))],
            []);
    }

    /// <summary>
    /// The pure model's rounds (<see cref="ExpectedUtilityModel.PlayRound"/>) on the same actors, each
    /// played on the positions the last one left, as the forum's sittings are: a round costs O(m² n)
    /// for m distinct positions, so the first round (every position distinct) is the dearest.
    /// </summary>
    public static IReadOnlyList<TimeSpan> ModelRounds(int actors, int rounds)
    {
        ExpectedUtilityModel.PlayRound(Snapshot(World(10)));
        var snapshot = Snapshot(World(actors));
        var times = new List<TimeSpan>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var played = ExpectedUtilityModel.PlayRound(snapshot);
            times.Add(clock.Elapsed);
            snapshot = snapshot.WithPositions(played.Positions);
        }

        return times;
    }

    private static BdmSnapshot Snapshot(SeedWorld world)
    {
        var stances = world.Stances.ToDictionary(s => s.Actor);
        return new BdmSnapshot(
            [.. world.Actors.Select(a => new BdmActor(a.Id, a.Capability, stances[a.Id].Position, stances[a.Id].Salience))],
            new BdmOptions(BdmVariant.Paper));
    }
}
