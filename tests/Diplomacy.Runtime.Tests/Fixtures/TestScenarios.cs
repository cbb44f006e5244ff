using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>
/// A small world and scenario built in code: three governments, their leaders and an
/// organisation, two issues, red lines on territory, and a few rounds of proposals, shocks,
/// exclusion and forum sittings.
/// </summary>
public static class TestScenarios
{
    public const string Ceasefire = "ceasefire";
    public const string Territory = "territory";

    private static readonly SourceLocation Here = new("test.scenario.yaml", 1, 1);

    public static SeedWorld World { get; } = new(
        "test-article.txt",
        [
            Actor("usa", ActorKind.State, null, capability: 1.0, susceptibility: 0.3),
            Actor("trump", ActorKind.Leader, "usa", capability: 0.9, susceptibility: 0.2),
            Actor("rubio", ActorKind.Leader, "usa", capability: 0.4, susceptibility: 0.6),
            Actor("rus", ActorKind.State, null, capability: 0.8, susceptibility: 0.2),
            Actor("putin", ActorKind.Leader, "rus", capability: 0.8, susceptibility: 0.1),
            Actor("ukr", ActorKind.State, null, capability: 0.4, susceptibility: 0.4),
            Actor("zelensky", ActorKind.Leader, "ukr", capability: 0.4, susceptibility: 0.3),
            Actor("eu", ActorKind.Organisation, null, capability: 0.7, susceptibility: 0.3),
        ],
        [
            new Issue(Ceasefire, "Ceasefire", "fight on", "cease fire now"),
            new Issue(Territory, "Territory", "all land back to Ukraine", "Russia keeps what it holds"),
        ],
        [
            Stance("usa", Ceasefire, 80, 0.8, 0.4),
            Stance("usa", Territory, 60, 0.5, 0.3),
            Stance("trump", Ceasefire, 90, 0.9, 0.5),
            Stance("trump", Territory, 70, 0.4, 0.2),
            Stance("rubio", Ceasefire, 60, 0.6, 0.5),
            Stance("rubio", Territory, 40, 0.5, 0.5),
            Stance("rus", Ceasefire, 30, 0.6, 0.8),
            Stance("rus", Territory, 95, 0.9, 0.9, new RedLine(60, 100)),
            Stance("putin", Ceasefire, 25, 0.7, 0.9),
            Stance("putin", Territory, 100, 1.0, 0.9, new RedLine(60, 100)),
            Stance("ukr", Ceasefire, 50, 0.8, 0.6),
            Stance("ukr", Territory, 5, 1.0, 0.9, new RedLine(0, 30)),
            Stance("zelensky", Ceasefire, 55, 0.8, 0.6),
            Stance("zelensky", Territory, 0, 1.0, 0.9, new RedLine(0, 30)),
            Stance("eu", Ceasefire, 45, 0.7, 0.5),
            Stance("eu", Territory, 10, 0.8, 0.7),
        ],
        [
            // Every tie is explicit: the engine adds none for memberOf.
            new InfluenceTie("rubio", "trump", 2.0),
            new InfluenceTie("rubio", "usa", 0.5),
            new InfluenceTie("trump", "usa", 0.3),
            new InfluenceTie("usa", "trump", 0.9),
            new InfluenceTie("putin", "rus", 0.3),
            new InfluenceTie("rus", "putin", 0.9),
            new InfluenceTie("zelensky", "ukr", 0.3),
            new InfluenceTie("zelensky", "eu", 0.5),
            new InfluenceTie("ukr", "zelensky", 0.9),
            new InfluenceTie("eu", "ukr", 0.5),
        ]);

    public static Scenario Baseline(int seed = 7, ModelSettings? models = null, IReadOnlyList<StopCondition>? stopWhen = null) => new(
        "test-talks",
        "A few rounds of talks in a made-up world.",
        "test.scenario.yaml",
        "test.world.yaml",
        World,
        [Ceasefire, Territory],
        Rounds: 3,
        seed,
        models ?? ModelSettings.Default,
        [
            new ProposeEvent(1, Here, "trump", "putin", [new Term(Ceasefire, 70), new Term(Territory, 80)]),
            new ForumEvent(1, Here, "talks", ["trump", "putin", "zelensky", "eu", "rubio"], [Ceasefire, Territory]),
            new ShockEvent(2, Here, "putin", Ceasefire, Set: null, Shift: -10),
            new ExcludeEvent(2, Here, ["zelensky"]),
            new ProposeEvent(2, Here, "trump", "zelensky", [new Term(Ceasefire, 80)]),
            new ForumEvent(2, Here, "talks", ["trump", "putin", "zelensky", "eu", "rubio"], [Ceasefire, Territory]),
            new IncludeEvent(3, Here, ["zelensky"]),
            new ProposeEvent(3, Here, "putin", "zelensky", [new Term(Territory, 90)]),
            new ProposeEvent(3, Here, "rubio", "trump", [new Term(Ceasefire, 85)]),
            new ForumEvent(3, Here, "talks", ["trump", "putin", "zelensky", "eu", "rubio"], [Ceasefire, Territory]),
        ],
        stopWhen ?? []);

    private static Actor Actor(string id, ActorKind kind, string? memberOf, double capability, double susceptibility) =>
        new(id, id, kind, kind == ActorKind.Leader ? "leader" : "government", memberOf, capability, susceptibility);

    private static Stance Stance(string actor, string issue, double position, double salience, double resolve, RedLine? redLine = null) =>
        new(actor, issue, position, salience, resolve, Confidence.Assumed, null, "made up for the tests", null, redLine);
}
