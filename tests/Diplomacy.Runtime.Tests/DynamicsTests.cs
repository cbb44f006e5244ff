using Diplomacy.Contracts.Trace;
using Diplomacy.Model.Dynamics;
using Diplomacy.Model.Influence;
using Diplomacy.Model.World;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tables;
using Diplomacy.Runtime.Tests.Fixtures;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests;

/// <summary>Resolve-bounded forum moves and influence, red lines under shocks, and provenance in the trace and report.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class DynamicsTests(OneSiloCluster fixture) : IDisposable
{
    private static readonly SourceLocation Here = new("test.scenario.yaml", 1, 1);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_forum_move_held_back_by_resolve_says_so_and_stays_within_its_step()
    {
        var bounded = await RunForumAsync(ModelSettings.ResolveBounded);

        var held = bounded.Where(e => e.Words()!.Contains("its resolve holds it to a step of", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(held);
        Assert.All(bounded, e =>
        {
            var stance = TestScenarios.World.FindStance(e.From!, e.Issue!)!;
            Assert.True(Math.Abs(e.After!.Value - e.Before!.Value) <= ResolveBound.MaxStep(stance.Resolve, stance.Salience, Issue.Range) + 1e-9);
        });
    }

    [Fact]
    public async Task The_faithful_model_stays_selectable_and_moves_further_than_resolve_allows()
    {
        var faithful = await RunForumAsync(ModelSettings.Faithful);
        var bounded = await RunForumAsync(ModelSettings.ResolveBounded);

        Assert.DoesNotContain(faithful, e => e.Words()!.Contains("its resolve holds it", StringComparison.Ordinal));
        Assert.True(faithful.Max(Moved) > bounded.Max(Moved));
    }

    [Fact]
    public async Task Influence_follows_only_the_world_s_ties()
    {
        // zelensky is a member of ukr, but with no tie of its own ukr would only hold its anchor: here
        // ukr listens to zelensky (0.9) because the world says so, and eu, which listens to ukr alone, follows ukr.
        var network = InfluenceNetwork.Build([.. TestScenarios.World.Actors], TestScenarios.World.Ties);
        var rus = network.Actors.ToList().IndexOf("rus");
        var eu = network.Actors.ToList().IndexOf("eu");

        Assert.Equal(0, network.Influence(rus, network.Actors.ToList().IndexOf("usa")));
        Assert.Equal(1, network.Influence(eu, network.Actors.ToList().IndexOf("ukr")), 12);
        Assert.Equal([new Speaker("ukr", 1.0)], network.SpeakersOf(eu));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_shock_declared_to_break_a_red_line_crosses_it_and_the_trace_says_so()
    {
        var scenario = TestScenarios.Baseline() with
        {
            Rounds = 2,
            Events =
            [
                new ShockEvent(1, Here, "putin", TestScenarios.Territory, Set: 30, Shift: null) { BreaksRedLine = true, Assumption = "Moscow gives up its claim." },
                new ShockEvent(1, Here, "rus", TestScenarios.Territory, Set: null, Shift: -60) { Assumption = "Russia follows, but its line holds." },
            ],
        };
        var sink = new RecordingSink();

        await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), sink);

        var shocks = sink.Events.Where(e => e.Type == TraceEventType.Shock).ToList();
        Assert.Equal(30, shocks[0].After);
        Assert.Contains("breaks its red line [60, 100], which no longer binds it", shocks[0].Words(), StringComparison.Ordinal);
        Assert.Equal(60, shocks[1].After);
        Assert.Contains("stopped at its red line [60, 100] instead of 35", shocks[1].Words(), StringComparison.Ordinal);

        // No later step puts putin back inside the broken line; rus stays inside its own.
        Assert.All(sink.Stances.Where(r => r is { Actor: "rus", Issue: TestScenarios.Territory }), r => Assert.InRange(r.Position, 60, 100));
        Assert.Contains(sink.Stances, r => r is { Actor: "putin", Issue: TestScenarios.Territory, Round: 2 } && r.Position < 60);
    }

    [Fact]
    public async Task Moves_from_invented_terms_are_marked_in_the_trace_and_listed_in_the_report()
    {
        var scenario = TestScenarios.Baseline(stopWhen: [new AgreementReached(TestScenarios.Ceasefire)]) with
        {
            Rounds = 1,
            Events =
            [
                new ProposeEvent(1, Here, "rubio", "trump", [new Term(TestScenarios.Ceasefire, 90)]) { Assumption = "Rubio presses for a ceasefire." },
                new ForumEvent(1, Here, "talks", ["trump", "putin", "zelensky"], [TestScenarios.Territory]) { Note = "Article line 4." },
            ],
        };
        var recorder = new RunHistoryRecorder();
        var sink = new RecordingSink();

        var result = await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), new Diplomacy.Runtime.Results.TraceSinks([sink, recorder]));

        Assert.All(sink.Events.Where(e => e.Type is TraceEventType.Proposal or TraceEventType.Answer or TraceEventType.Agreement), e =>
            Assert.EndsWith("[assumed: Rubio presses for a ceasefire.]", e.Words(), StringComparison.Ordinal));
        Assert.All(sink.Events.Where(e => e.Type == TraceEventType.Move), e =>
            Assert.EndsWith("[article: Article line 4.]", e.Words(), StringComparison.Ordinal));
        var history = recorder.ToHistory(scenario, result);
        // Trump already stood at 90, so only Rubio's stance changed because of the invented offer.
        var invented = Assert.Single(history.FromAssumptions);
        Assert.Equal((TraceEventType.Agreement, "rubio", 90.0), (invented.Type, invented.From, invented.After!.Value));

        RunOutputs.Write(history, _temp.Path);
        var html = await File.ReadAllTextAsync(_temp.Sub("report.html"));
        Assert.Contains("<h2>Moves from invented terms</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Rubio presses for a ceasefire.", html, StringComparison.Ordinal);
    }

    private async Task<List<TraceEvent>> RunForumAsync(string dynamics)
    {
        string[] everyone = [.. TestScenarios.World.Actors.Select(a => a.Id)];
        var scenario = TestScenarios.Baseline(models: ModelSettings.Default with { Dynamics = dynamics }) with
        {
            Rounds = 1,
            Events = [new ForumEvent(1, Here, "talks", everyone, [TestScenarios.Ceasefire, TestScenarios.Territory])],
        };
        var sink = new RecordingSink();
        await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), sink);
        return [.. sink.Events.Where(e => e.Type == TraceEventType.Move)];
    }

    private static double Moved(TraceEvent e) => Math.Abs(e.After!.Value - e.Before!.Value);
}
