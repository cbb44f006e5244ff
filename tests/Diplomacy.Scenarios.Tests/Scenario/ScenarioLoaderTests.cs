using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

public sealed class ScenarioLoaderTests : IDisposable
{
    private const string Header = """
        name: test-scenario
        world: world.yaml
        issues: [territory, nato-membership]
        rounds: 6

        """;

    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_minimal_scenario_takes_the_documented_defaults()
    {
        var scenario = _folder.Load(_folder.Write("minimal.yaml", Header));

        Assert.Equal("test-scenario", scenario.Name);
        Assert.Equal(string.Empty, scenario.Description);
        Assert.Equal(["territory", "nato-membership"], scenario.Issues);
        Assert.Equal(6, scenario.Rounds);
        Assert.Equal(0, scenario.Seed);
        Assert.Equal(ModelSettings.Default, scenario.Models);
        Assert.Empty(scenario.Events);
        Assert.Empty(scenario.StopWhen);
        Assert.Same(_folder.World, scenario.World);
    }

    [Fact]
    public void The_model_defaults_are_those_docs_scenario_format_names()
    {
        var models = _folder.Load(_folder.Write("minimal.yaml", Header)).Models;

        Assert.Equal("bdm", models.ExpectedUtility);
        Assert.Equal(new ConcessionSettings("boulware", 0.2, null), models.Concession);
        Assert.Equal(new InfluenceSettings(Enabled: true, StepsPerRound: 1), models.Influence);
    }

    [Fact]
    public void Reads_every_event_kind_in_file_order_with_its_location_and_note()
    {
        var path = _folder.Write("events.yaml", Header + """
            events:
              - round: 1
                propose: { from: united-states, to: russia, terms: { territory: 70, nato-membership: 10 } }
                note: Article line 4.
              - round: 2
                shock: { actor: russia, issue: territory, shift: -10 }
                assumption: Moscow hardens.
              - round: 2
                shock: { actor: ukraine, issue: territory, set: 20 }
                assumption: Kyiv gives way.
              - round: 1
                exclude: [ukraine, france]
                note: Article line 1.
              - round: 3
                include: [ukraine]
                note: Article line 9.
              - round: 4
                forum: { name: riyadh, members: [united-states, russia, ukraine] }
                note: Article line 4.
              - round: 5
                forum: { name: munich, members: [united-states, ukraine], issues: [nato-membership] }
                note: Article line 16.
            """);

        var events = _folder.Load(path).Events;

        Assert.Equal(7, events.Count);
        var propose = Assert.IsType<ProposeEvent>(events[0]);
        Assert.Equal(new ProposeEvent(1, new SourceLocation(path, 6, 5), "united-states", "russia", propose.Terms) { Note = "Article line 4." }, propose);
        Assert.Equal([new Term("territory", 70), new Term("nato-membership", 10)], propose.Terms);
        Assert.Equal(new ShockEvent(2, new SourceLocation(path, 9, 5), "russia", "territory", null, -10) { Assumption = "Moscow hardens." }, events[1]);
        Assert.Equal(20, Assert.IsType<ShockEvent>(events[2]).Set);
        Assert.Equal(["ukraine", "france"], Assert.IsType<ExcludeEvent>(events[3]).Actors);
        Assert.Equal(["ukraine"], Assert.IsType<IncludeEvent>(events[4]).Actors);
        var riyadh = Assert.IsType<ForumEvent>(events[5]);
        Assert.Equal(["united-states", "russia", "ukraine"], riyadh.Members);
        Assert.Equal(["territory", "nato-membership"], riyadh.Issues);
        Assert.Equal(["nato-membership"], Assert.IsType<ForumEvent>(events[6]).Issues);
    }

    [Fact]
    public void Reads_models_and_stop_conditions()
    {
        var scenario = _folder.Load(_folder.Write("models.yaml", Header + """
            seed: 2025
            models:
              expected-utility: bdm-scholz
              concession: { tactic: linear, deadline: 4 }
              influence: { enabled: false, steps-per-round: 3 }
            stop-when:
              - agreement: territory
              - converge: { issue: nato-membership, spread: 5, actors: [russia, ukraine] }
              - converge: { issue: territory, spread: 2.5 }
              - nothing-moves: { tolerance: 0.01 }
            """));

        Assert.Equal(2025, scenario.Seed);
        Assert.Equal(
            new ModelSettings("bdm-scholz", new ConcessionSettings("linear", 1, 4), new InfluenceSettings(false, 3)),
            scenario.Models);
        Assert.Equal(new AgreementReached("territory"), scenario.StopWhen[0]);
        var converge = Assert.IsType<PositionsConverge>(scenario.StopWhen[1]);
        Assert.Equal(["russia", "ukraine"], converge.Actors);
        Assert.Empty(Assert.IsType<PositionsConverge>(scenario.StopWhen[2]).Actors);
        Assert.Equal(new NothingMoves(0.01), scenario.StopWhen[3]);
    }

    [Theory]
    [InlineData("tactic: boulware", "boulware", 0.2)]
    [InlineData("tactic: conceder", "conceder", 2)]
    [InlineData("beta: 0.5", "boulware", 0.5)]
    [InlineData("beta: 1", "linear", 1)]
    [InlineData("beta: 3", "conceder", 3)]
    [InlineData("{ tactic: conceder, beta: 1.5 }", "conceder", 1.5)]
    public void A_tactic_alone_takes_its_usual_beta_and_a_beta_alone_names_its_tactic(string concession, string tactic, double beta)
    {
        var text = concession.StartsWith('{') ? concession : "{ " + concession + " }";
        var scenario = _folder.Load(_folder.Write("tactic.yaml", Header + "models:\n  concession: " + text + "\n"));

        Assert.Equal(new ConcessionSettings(tactic, beta, null), scenario.Models.Concession);
    }

    [Fact]
    public void Reports_every_mistake_at_once_in_file_order()
    {
        var path = _folder.Write("many.yaml", """
            name: many-mistakes
            world: world.yaml
            issues: [territory]
            rounds: 3
            seed: -4
            events:
              - round: 9
                shock: { actor: rusia, issue: territory, shift: 5 }
                note: Article line 13.
            stop-when:
              - agreement: nato-membership
            """);

        var errors = Assert.Throws<InputException>(() => _folder.Load(path)).Errors;

        Assert.Equal(
            [(5, 7), (7, 12), (8, 21), (11, 16)],
            errors.Select(e => (e.Location.Line, e.Location.Column)));
        Assert.All(errors, e => Assert.Equal(path, e.Location.File));
    }

    [Fact]
    public void An_unknown_issue_in_play_is_reported_once_not_again_at_each_use()
    {
        var path = _folder.Write("cascade.yaml", """
            name: cascade
            world: world.yaml
            issues: [territroy]
            rounds: 3
            events:
              - round: 1
                propose: { from: united-states, to: russia, terms: { territroy: 70 } }
                note: Article line 7.
            """);

        var error = Assert.Single(Assert.Throws<InputException>(() => _folder.Load(path)).Errors);

        Assert.Equal((3, 10), (error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'territory'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_with_no_near_miss_lists_what_the_world_defines()
    {
        var path = _folder.Write("far.yaml", Header + "events:\n  - round: 1\n    exclude: [atlantis]\n    note: Article line 1.\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => _folder.Load(path)).Errors);

        Assert.Contains("unknown actor 'atlantis'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the world defines united-states, russia, ukraine, france, putin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_may_be_excluded_again_after_being_included()
    {
        var scenario = _folder.Load(_folder.Write("again.yaml", Header + """
            events:
              - round: 1
                exclude: [ukraine]
                note: Article line 1.
              - round: 1
                include: [ukraine]
                note: Article line 5.
              - round: 3
                exclude: [ukraine]
                assumption: Kyiv is sidelined again.
            """));

        Assert.Equal(3, scenario.Events.Count);
    }

    [Fact]
    public void Anchors_and_aliases_repeat_data_such_as_a_members_list()
    {
        var scenario = _folder.Load(_folder.Write("alias.yaml", Header + """
            events:
              - round: 1
                forum: { name: talks, members: &talks [united-states, russia, ukraine] }
                note: Article line 4.
              - round: 2
                forum: { name: talks, members: *talks }
                note: Article line 17.
            """));

        Assert.Equal(["united-states", "russia", "ukraine"], Assert.IsType<ForumEvent>(scenario.Events[1]).Members);
    }

    [Fact]
    public void A_shock_on_a_stance_the_world_lacks_is_reported()
    {
        var path = _folder.Write("stance.yaml", Header + "events:\n  - round: 1\n    shock: { actor: putin, issue: territory, set: 10 }\n    assumption: Moscow hardens.\n");

        var error = Assert.Single(Assert.Throws<InputException>(() => _folder.Load(path)).Errors);

        Assert.Contains("'putin' holds no stance on 'territory'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_world_path_is_resolved_from_the_scenario_folder_not_the_current_directory()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "scenarios"));
        string? asked = null;
        var path = _folder.Write(Path.Combine("scenarios", "nested.yaml"), Header.Replace("world.yaml", "../world.yaml", StringComparison.Ordinal));

        var scenario = ScenarioLoader.Load(path, p =>
        {
            asked = p;
            return _folder.World;
        });

        Assert.Equal(Path.Combine(_folder.Path, "world.yaml"), asked);
        Assert.Equal(asked, scenario.WorldFile);
        Assert.Equal(path, scenario.File);
    }

    [Fact]
    public void Errors_in_the_world_file_are_reported_with_the_world_files_location()
    {
        var path = _folder.Write("bad-world.yaml", Header);
        var worldError = new InputError(new SourceLocation("world.yaml", 12, 3), "unknown key 'capabilty'");

        var errors = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, _ => throw new InputException(worldError))).Errors;

        Assert.Equal([worldError], errors);
    }

    [Fact]
    public void A_directory_is_refused_cleanly()
    {
        var error = Assert.Single(Assert.Throws<InputException>(() => _folder.Load(_folder.Path)).Errors);

        Assert.Equal(new SourceLocation(_folder.Path, 1, 1), error.Location);
        Assert.Contains("directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_refused_cleanly()
    {
        var path = Path.Combine(_folder.Path, "absent.yaml");

        var error = Assert.Single(Assert.Throws<InputException>(() => _folder.Load(path)).Errors);

        Assert.Equal(new SourceLocation(path, 1, 1), error.Location);
        Assert.Contains("no such file", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//server/share/world.yaml", "network path")]
    [InlineData(@"\\server\share\world.yaml", "network path")]
    [InlineData("file:///etc/world.yaml", "URL")]
    public void A_world_off_this_machine_is_refused_before_any_file_access(string world, string what)
    {
        var path = _folder.Write("remote.yaml", Header.Replace("world.yaml", $"'{world}'", StringComparison.Ordinal));

        var error = Assert.Single(Assert.Throws<InputException>(() => ScenarioLoader.Load(path, _ => throw new InvalidOperationException("must not load"))).Errors);

        Assert.Equal((2, 8), (error.Location.Line, error.Location.Column));
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }
}
