using Diplomacy.Model.Uncertainty;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Parameters;
using Diplomacy.Scenarios.Tests.Scenario;

namespace Diplomacy.Scenarios.Tests.Parameters;

public sealed class ScenarioParametersTests : IDisposable
{
    private const string Text = """
        name: levers
        world: world.yaml
        issues: [territory, nato-membership]
        rounds: 6
        models:
          concession: { tactic: boulware, beta: 0.2 }
        events:
          - round: 1
            propose: { from: united-states, to: russia, terms: { territory: 30, nato-membership: 5 } }
            assumption: An offer to move each lever.
          - round: 2
            shock: { actor: russia, issue: territory, shift: 10 }
            assumption: A shock to move each lever.
          - round: 3
            forum: { name: talks, members: [united-states, russia] }
            assumption: A sitting to move each lever.
        """;

    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Diplomacy.Scenarios.Scenario.Scenario Levers(SeedWorld? world = null) =>
        Diplomacy.Scenarios.Scenario.ScenarioLoader.Load(_folder.Write("levers.yaml", Text), _ => world ?? _folder.World);

    private static Diplomacy.Scenarios.Scenario.Scenario Apply(Diplomacy.Scenarios.Scenario.Scenario scenario, params (string Path, string Value)[] settings) =>
        new ParameterSet(settings.Select(s => new ParameterSetting(ParameterPaths.Resolve(scenario, s.Path, out var error) ?? throw new InvalidOperationException(error), ParameterValue.Parse(s.Value))).ToList())
            .ApplyTo(scenario);

    [Fact]
    public void Each_kind_of_path_sets_its_lever_and_nothing_else()
    {
        var scenario = Levers();

        var changed = Apply(
            scenario,
            ("actors.russia.capability", "20"),
            ("actors.putin.susceptibility", "0.4"),
            ("stances.ukraine.territory.position", "65"),
            ("stances.ukraine.territory.salience", "0.9"),
            ("stances.ukraine.territory.resolve", "0.1"),
            ("events[0].propose.terms.territory", "40"),
            ("events[1].shock.shift", "-15"),
            ("models.expected-utility", "bdm-scholz"),
            ("models.dynamics", "faithful"),
            ("models.concession.deadline", "4"),
            ("models.influence.enabled", "false"),
            ("models.influence.steps-per-round", "3"),
            ("uncertainty.assumed", "12"));

        Assert.Equal(20, changed.World.FindActor("russia")!.Capability);
        Assert.Equal(0.4, changed.World.FindActor("putin")!.Susceptibility);
        var stance = changed.World.FindStance("ukraine", "territory")!;
        Assert.Equal((65.0, 0.9, 0.1), (stance.Position, stance.Salience, stance.Resolve));
        Assert.Equal(40, ((Diplomacy.Scenarios.Scenario.ProposeEvent)changed.Events[0]).Terms[0].Position);
        Assert.Equal(5, ((Diplomacy.Scenarios.Scenario.ProposeEvent)changed.Events[0]).Terms[1].Position);
        Assert.Equal(-15, ((Diplomacy.Scenarios.Scenario.ShockEvent)changed.Events[1]).Shift);
        Assert.Equal("bdm-scholz", changed.Models.ExpectedUtility);
        Assert.Equal(("faithful", "resolve-bounded"), (changed.Models.Dynamics, scenario.Models.Dynamics));
        Assert.Equal(4, changed.Models.Concession.Deadline);
        Assert.Equal((false, 3), (changed.Models.Influence.Enabled, changed.Models.Influence.StepsPerRound));
        Assert.Equal(UncertaintySpec.FromConfidence with { Assumed = 12 }, changed.Uncertainty);

        // The scenario it came from is untouched.
        Assert.Equal(1, scenario.World.FindActor("russia")!.Capability);
        Assert.Null(scenario.Uncertainty);
        Assert.Equal(50, scenario.World.FindStance("ukraine", "territory")!.Position);
    }

    [Fact]
    public void A_beta_names_its_tactic_and_a_tactic_brings_its_usual_beta()
    {
        var scenario = Levers();

        Assert.Equal(("conceder", 3.0), Tactic(Apply(scenario, ("models.concession.beta", "3"))));
        Assert.Equal(("linear", 1.0), Tactic(Apply(scenario, ("models.concession.tactic", "linear"))));
        Assert.Equal(("conceder", 4.0), Tactic(Apply(scenario, ("models.concession.beta", "4"), ("models.concession.tactic", "conceder"))));
        var clash = Assert.Throws<ParameterConflictException>(() => Apply(scenario, ("models.concession.tactic", "boulware"), ("models.concession.beta", "3")));
        Assert.Contains("does not fit", clash.Message, StringComparison.Ordinal);

        static (string, double) Tactic(Diplomacy.Scenarios.Scenario.Scenario s) => (s.Models.Concession.Tactic, s.Models.Concession.Beta);
    }

    [Fact]
    public void A_position_beyond_the_actors_red_line_is_a_conflict_naming_the_line()
    {
        var world = _folder.World with
        {
            Stances = [.. _folder.World.Stances.Select(s => s.Actor == "russia" && s.Issue == "territory" ? s with { RedLine = new RedLine(30, 100) } : s)],
        };
        var scenario = Levers(world);

        var conflict = Assert.Throws<ParameterConflictException>(() => Apply(scenario, ("stances.russia.territory.position", "10")));

        Assert.Equal("stances.russia.territory.position = 10 lies outside russia's red line on territory [30, 100]", conflict.Message);
        Assert.Equal(30, Apply(scenario, ("stances.russia.territory.position", "30")).World.FindStance("russia", "territory")!.Position);
    }

    [Theory]
    [InlineData("actor.russia.capability", "a path starts with 'actors', 'stances', 'events', 'models' or 'uncertainty' (did you mean 'actors'?)")]
    [InlineData("actors.rusia.capability", "the world has no actor 'rusia' (did you mean 'russia'?)")]
    [InlineData("actors.russia.capabilty", "an actor has no parameter 'capabilty' (did you mean 'capability'?); it has 'capability' or 'susceptibility'")]
    [InlineData("actors.russia", "an actor's parameter is written actors.ACTOR.capability or actors.ACTOR.susceptibility")]
    [InlineData("stances.putin.territory.position", "'putin' holds no stance on 'territory' (its stances in play: nato-membership)")]
    [InlineData("stances.russia.talks-timing.position", "issue 'talks-timing' is not in play in scenario 'levers' (in play: territory, nato-membership)")]
    [InlineData("events[7].shock.shift", "scenario 'levers' has 3 events, events[0] to events[2]")]
    [InlineData("events[0].propose.terms.talks-timing", "the proposal events[0] (line 8 of levers.yaml) offers no term on 'talks-timing' (its terms: territory, nato-membership)")]
    [InlineData("events[1].shock.set", "events[1] (line 11 of levers.yaml) is a shock that shifts a stance: its parameter is events[1].shock.shift")]
    [InlineData("events[2].forum.members", "events[2] (line 14 of levers.yaml) is a forum, which has no number to set; proposals' terms and shocks' sizes do")]
    [InlineData("models.concession.bta", "model settings are models.expected-utility, models.dynamics, models.concession.tactic, models.concession.beta, models.concession.deadline, models.influence.enabled, models.influence.steps-per-round (did you mean 'models.concession.beta'?)")]
    [InlineData("uncertainty.asumed", "an uncertainty parameter is uncertainty.stated, uncertainty.implied or uncertainty.assumed (did you mean 'assumed'?)")]
    [InlineData("uncertainty", "an uncertainty parameter is uncertainty.stated, uncertainty.implied or uncertainty.assumed")]
    [InlineData("stances.russia.territory", "a stance's parameter is written stances.ACTOR.ISSUE.position, .salience or .resolve")]
    [InlineData("stances.rusia.territory.position", "the world has no actor 'rusia' (did you mean 'russia'?)")]
    [InlineData("stances.russia.territory.positon", "a stance has no parameter 'positon' (did you mean 'position'?); it has 'position', 'salience' or 'resolve'")]
    [InlineData("events.shock.shift", "an event is written events[N], N counting the scenario's events from 0")]
    [InlineData("events[3].shock.shift", "scenario 'levers' has 3 events, events[0] to events[2]")]
    [InlineData("events[0].propose", "events[0] (line 8 of levers.yaml) is a proposal: its parameters are events[0].propose.terms.ISSUE")]
    [InlineData("events[0].shock.territory.set", "events[0] (line 8 of levers.yaml) is a proposal: its parameters are events[0].propose.terms.ISSUE")]
    [InlineData("events[0].propose.offers.territory", "events[0] (line 8 of levers.yaml) is a proposal: its parameters are events[0].propose.terms.ISSUE")]
    [InlineData("events[1].shock", "events[1] (line 11 of levers.yaml) is a shock that shifts a stance: its parameter is events[1].shock.shift")]
    [InlineData("events[1].shift.shift", "events[1] (line 11 of levers.yaml) is a shock that shifts a stance: its parameter is events[1].shock.shift")]
    public void An_unknown_path_says_why_and_suggests_the_nearest_name(string path, string why)
    {
        Assert.Null(ParameterPaths.Resolve(Levers(), path, out var error));
        Assert.Equal($"unknown parameter path '{path}': {why}", error);
    }

    [Fact]
    public void A_value_at_either_end_of_its_range_is_accepted()
    {
        string[] edges =
        [
            "actors.russia.capability=0", "actors.russia.susceptibility=0", "actors.russia.susceptibility=1",
            "stances.russia.territory.position=0", "stances.russia.territory.position=100", "stances.russia.territory.salience=1",
            "events[1].shock.shift=-100", "events[1].shock.shift=100", "uncertainty.stated=0",
            "models.expected-utility=bdm", "models.dynamics=faithful", "models.concession.tactic=linear", "models.concession.beta=0.5",
            "models.concession.deadline=1", "models.concession.deadline=1000", "models.influence.enabled=true",
            "models.influence.steps-per-round=1", "models.influence.steps-per-round=100",
        ];

        var scenario = Levers();

        Assert.All(edges, edge => Assert.Null(ParameterPaths.Resolve(scenario, edge.Split('=')[0], out _)!.Check(ParameterValue.Parse(edge.Split('=')[1]))));
    }

    [Fact]
    public void Only_words_and_flags_are_not_numeric()
    {
        string[] paths =
        [
            "models.expected-utility", "models.dynamics", "models.concession.tactic", "models.influence.enabled",
            "models.concession.beta", "models.influence.steps-per-round", "actors.russia.capability", "uncertainty.assumed",
        ];

        var scenario = Levers();

        Assert.Equal(paths[..4], paths.Where(p => !ParameterPaths.Resolve(scenario, p, out _)!.Numeric));
    }

    [Fact]
    public void A_lever_on_one_actor_or_stance_leaves_the_others_as_they_were()
    {
        var changed = Apply(Levers(), ("actors.russia.capability", "20"), ("stances.russia.territory.position", "70"));

        Assert.Equal((20.0, 1.0), (changed.World.FindActor("russia")!.Capability, changed.World.FindActor("ukraine")!.Capability));
        Assert.Equal(
            (70.0, 50.0, 50.0),
            (changed.World.FindStance("russia", "territory")!.Position, changed.World.FindStance("russia", "nato-membership")!.Position, changed.World.FindStance("ukraine", "territory")!.Position));
    }

    [Fact]
    public void A_spread_set_on_a_scenario_with_uncertainty_keeps_its_other_spreads()
    {
        var scenario = Diplomacy.Scenarios.Scenario.ScenarioLoader.Load(
            _folder.Write("spread.yaml", "name: spread\nworld: world.yaml\nissues: [territory]\nrounds: 2\nuncertainty: { from-confidence: { stated: 3 } }\n"),
            _ => _folder.World);

        var changed = Apply(scenario, ("uncertainty.assumed", "7"));

        Assert.Equal((3.0, 7.0), (changed.Uncertainty!.Stated, changed.Uncertainty.Assumed));
    }

    [Fact]
    public void An_event_path_into_a_scenario_without_events_says_there_are_none()
    {
        var scenario = Diplomacy.Scenarios.Scenario.ScenarioLoader.Load(
            _folder.Write("plain.yaml", "name: plain\nworld: world.yaml\nissues: [territory]\nrounds: 2\n"), _ => _folder.World);

        Assert.Null(ParameterPaths.Resolve(scenario, "events[0].shock.shift", out var error));
        Assert.Equal("unknown parameter path 'events[0].shock.shift': scenario 'plain' has no events", error);
    }

    [Fact]
    public void A_shock_that_sets_is_moved_by_its_set_and_a_plain_value_reads_back_as_written()
    {
        var scenario = Diplomacy.Scenarios.Scenario.ScenarioLoader.Load(
            _folder.Write("sets.yaml", "name: sets\nworld: world.yaml\nissues: [territory]\nrounds: 2\nevents:\n  - round: 1\n    shock: { actor: russia, issue: territory, set: 40 }\n    assumption: a\n"),
            _ => _folder.World);

        var set = ParameterPaths.Resolve(scenario, "events[0].shock.set", out _)!;
        Assert.Equal("must be between 0 and 100; got -50", set.Check(ParameterValue.Parse("-50")));
        var moved = (Diplomacy.Scenarios.Scenario.ShockEvent)set.Apply(scenario, ParameterValue.Parse("30")).Events[0];
        Assert.Equal((30.0, (double?)null), (moved.Set!.Value, moved.Shift));
        Assert.Null(ParameterPaths.Resolve(scenario, "events[0].shock.shift", out var error));
        Assert.Equal("unknown parameter path 'events[0].shock.shift': events[0] (line 6 of sets.yaml) is a shock that sets a stance: its parameter is events[0].shock.set", error);
        Assert.Equal(["true", "false", "0", "2.5"], new[] { ParameterValue.Of(true), ParameterValue.Of(false), ParameterValue.Of(-0.0), ParameterValue.Of(2.5) }.Select(v => v.Text));
        Assert.Equal("(the scenario as written)", ParameterSet.Empty.Label);
    }

    [Theory]
    [InlineData("actors.russia.capability", "-1", "must be of at least 0; got -1")]
    [InlineData("actors.russia.susceptibility", "high", "must be a number between 0 and 1; got the word 'high'")]
    [InlineData("stances.russia.territory.position", "101", "must be between 0 and 100; got 101")]
    [InlineData("events[1].shock.shift", "-120", "must be between -100 and 100; got -120")]
    [InlineData("models.concession.beta", "0", "must be a number above 0; got the number 0")]
    [InlineData("models.concession.deadline", "2.5", "must be a whole number between 1 and 1000; got the number 2.5")]
    [InlineData("models.concession.tactic", "bolware", "must be one of 'boulware', 'linear' or 'conceder'; got the word 'bolware' (did you mean 'boulware'?)")]
    [InlineData("models.influence.enabled", "yes", "must be true or false; got the word 'yes'")]
    [InlineData("stances.russia.territory.position", "-1", "must be between 0 and 100; got -1")]
    [InlineData("stances.russia.territory.salience", "50", "must be between 0 and 1; got 50")]
    [InlineData("models.concession.deadline", "0", "must be a whole number between 1 and 1000; got the number 0")]
    [InlineData("models.concession.deadline", "1001", "must be a whole number between 1 and 1000; got the number 1001")]
    [InlineData("models.influence.steps-per-round", "101", "must be a whole number between 1 and 100; got the number 101")]
    public void A_value_that_does_not_fit_its_parameter_is_refused_with_the_range(string path, string value, string problem)
    {
        var parameter = ParameterPaths.Resolve(Levers(), path, out _)!;

        Assert.Equal(problem, parameter.Check(ParameterValue.Parse(value)));
    }

    [Fact]
    public void Values_are_spelled_canonically_so_that_equal_numbers_are_one_value()
    {
        Assert.Equal("0.2", ParameterValue.Parse("0.20").Text);
        Assert.Equal("0", ParameterValue.Parse("-0").Text);
        Assert.Equal(true, ParameterValue.Parse("true").Flag);
        Assert.Null(ParameterValue.Parse("bdm").Number);
        Assert.Equal("actors.russia.capability=20", new ParameterSet([new ParameterSetting(ParameterPaths.Resolve(Levers(), "actors.russia.capability", out _)!, ParameterValue.Parse("20.0"))]).Label);
    }

    [Fact]
    public void A_scenario_may_declare_its_uncertainty_and_a_wrong_one_is_located()
    {
        var declared = _folder.Load(_folder.Write("declared.yaml", Text.Replace("rounds: 6", "rounds: 6\nuncertainty: { from-confidence: { assumed: 20 } }", StringComparison.Ordinal)));
        Assert.Equal(UncertaintySpec.FromConfidence with { Assumed = 20 }, declared.Uncertainty);
        Assert.Equal(UncertaintySpec.FromConfidence, _folder.Load(_folder.Write("plain.yaml", Text.Replace("rounds: 6", "rounds: 6\nuncertainty: from-confidence", StringComparison.Ordinal))).Uncertainty);
        Assert.Null(_folder.Load(_folder.Write("none.yaml", Text.Replace("rounds: 6", "rounds: 6\nuncertainty: none", StringComparison.Ordinal))).Uncertainty);

        var path = _folder.Write("wrong.yaml", Text.Replace("rounds: 6", "rounds: 6\nuncertainty: from-confidense", StringComparison.Ordinal));
        var error = Assert.Single(Assert.Throws<InputException>(() => _folder.Load(path)).Errors);
        Assert.Equal($"{path}:5:14: error: 'uncertainty' must be 'none' or 'from-confidence' or a mapping {{ from-confidence: {{ stated: 2, implied: 5, assumed: 10 }} }}; got 'from-confidense' (did you mean 'from-confidence'?)", error.ToString());

        var negative = _folder.Write("negative.yaml", Text.Replace("rounds: 6", "rounds: 6\nuncertainty: { from-confidence: { stated: -1 } }", StringComparison.Ordinal));
        Assert.Contains("'stated' of 'from-confidence' of 'uncertainty' must be between 0 and 100; got -1", Assert.Throws<InputException>(() => _folder.Load(negative)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draws_change_only_positions_in_play_and_only_with_uncertainty()
    {
        var plain = Levers();
        Assert.Same(plain, Diplomacy.Scenarios.Scenario.ScenarioDraws.Apply(plain, 11));

        var uncertain = plain with { Uncertainty = UncertaintySpec.FromConfidence };
        var drawn = Diplomacy.Scenarios.Scenario.ScenarioDraws.Apply(uncertain, 11);

        Assert.NotEqual(50, drawn.World.FindStance("russia", "territory")!.Position);
        Assert.Equal(50, drawn.World.FindStance("russia", "talks-timing")!.Position);
        Assert.Equal(drawn.World.Stances, Diplomacy.Scenarios.Scenario.ScenarioDraws.Apply(uncertain, 11).World.Stances);
        Assert.NotEqual(drawn.World.Stances, Diplomacy.Scenarios.Scenario.ScenarioDraws.Apply(uncertain, 12).World.Stances);
    }
}
