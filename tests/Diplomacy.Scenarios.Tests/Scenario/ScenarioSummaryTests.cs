using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

public sealed class ScenarioSummaryTests
{
    private static readonly SourceLocation At = new("s.yaml", 1, 1);

    [Fact]
    public void A_bare_scenario_is_summarised_in_the_singular_with_its_defaults_spelt_out()
    {
        var models = ModelSettings.Default with { Influence = new InfluenceSettings(Enabled: false, StepsPerRound: 1) };
        var scenario = Make("one", ["territory"], rounds: 1, seed: 0, models, [], []);

        Assert.Equal(
            """
            s.yaml: scenario 'one' is valid.
            World w.yaml (5 actors, 3 issues); 1 issue in play (territory); 1 round, seed 0.
            Models: bdm (resolve-bounded), boulware concession (beta 0.2, deadline 1), no influence.
            Events: none; stop conditions: none, the run goes all rounds.
            """,
            ScenarioSummary.Describe(scenario));
    }

    [Fact]
    public void Events_are_counted_by_kind_in_a_fixed_order_and_stop_conditions_by_number()
    {
        var models = new ModelSettings("bdm-scholz", new ConcessionSettings("conceder", 2, 5), new InfluenceSettings(true, 2));
        ScenarioEvent[] events =
        [
            new ForumEvent(3, At, "riyadh", ["russia", "ukraine"], ["territory"]),
            new ShockEvent(1, At, "russia", "territory", null, 5),
            new ProposeEvent(1, At, "russia", "ukraine", [new Term("territory", 40)]),
            new ShockEvent(2, At, "ukraine", "territory", 60, null),
        ];
        StopCondition[] stops = [new NothingMoves(0.1), new AgreementReached("territory")];
        var scenario = Make("two", ["territory", "nato-membership"], rounds: 8, seed: 7, models, events, stops);

        Assert.Equal(
            """
            s.yaml: scenario 'two' is valid.
            World w.yaml (5 actors, 3 issues); 2 issues in play (territory, nato-membership); 8 rounds, seed 7.
            Models: bdm-scholz (resolve-bounded), conceder concession (beta 2, deadline 5), influence 2 steps a round.
            Events: 4 (1 propose, 2 shock, 1 forum), 0 resting on an assumption; stop conditions: 2.
            """,
            ScenarioSummary.Describe(scenario));
    }

    [Fact]
    public void Every_event_kind_is_named_and_one_influence_step_is_singular()
    {
        ScenarioEvent[] events = [new IncludeEvent(2, At, ["ukraine"]), new ExcludeEvent(1, At, ["ukraine"])];
        var scenario = Make("three", ["territory"], rounds: 2, seed: 1, ModelSettings.Default, events, []);

        var summary = ScenarioSummary.Describe(scenario);

        Assert.Contains("influence 1 step a round.", summary, StringComparison.Ordinal);
        Assert.Contains("Events: 2 (1 exclude, 1 include), 0 resting on an assumption;", summary, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ScenarioSummary.Describe(null!));
    }

    private static Diplomacy.Scenarios.Scenario.Scenario Make(
        string name, IReadOnlyList<string> issues, int rounds, int seed, ModelSettings models, IReadOnlyList<ScenarioEvent> events, IReadOnlyList<StopCondition> stops) =>
        new(name, string.Empty, "s.yaml", "w.yaml", TestWorld.Create(), issues, rounds, seed, models, events, stops);
}
