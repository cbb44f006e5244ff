using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests;

[Collection(OneSiloCollection.Name)]
public sealed class ScenarioRunnerTests(OneSiloCluster fixture) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Two_runs_with_one_seed_write_byte_identical_traces_and_stances()
    {
        var first = await RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(), _temp.Sub("first"));
        var second = await RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(), _temp.Sub("second"));

        Assert.Equal(first.Trace, second.Trace);
        Assert.Equal(first.Stances, second.Stances);
        Assert.NotEmpty(first.Trace);
    }

    [Fact]
    public async Task Runs_side_by_side_in_one_cluster_do_not_meet()
    {
        var alone = await RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(seed: 7), _temp.Sub("alone"));

        var together = await Task.WhenAll(
            RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(seed: 7), _temp.Sub("a")),
            RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(seed: 8), _temp.Sub("b")),
            RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(seed: 7), _temp.Sub("c")));

        Assert.Equal(alone.Trace, together[0].Trace);
        Assert.Equal(alone.Trace, together[2].Trace);
        Assert.Equal(alone.Stances, together[0].Stances);
        Assert.Equal(alone.TraceText.Replace("test-talks-7", "test-talks-8", StringComparison.Ordinal).Replace("\"seed\":7", "\"seed\":8", StringComparison.Ordinal), together[1].TraceText);
    }

    [Fact]
    public async Task The_baseline_moves_stances_and_answers_every_delivered_proposal_with_a_reason()
    {
        var events = new RecordingSink();
        var result = await new ScenarioRunner(fixture.Client).RunAsync(TestScenarios.Baseline(), new RunOptions(), events);

        Assert.Contains(result.Start.Zip(result.End), pair => pair.First.Position != pair.Second.Position);
        var delivered = events.Events.Where(e => e.Type == TraceEventType.Proposal && e.Decision != Decision.Undelivered).ToList();
        var answers = events.Events.Where(e => e.Type == TraceEventType.Answer).ToList();
        Assert.NotEmpty(delivered);
        Assert.All(delivered, p => Assert.Contains(answers, a => a.From == p.To && a.To == p.From && a.Round == p.Round));
        Assert.All(answers, a => Assert.False(string.IsNullOrWhiteSpace(a.Words())));
        Assert.All(answers, a => Assert.NotNull(a.Utility));
        Assert.Contains(answers, a => a.Words()!.Contains("red line", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, events.Events.Count).Select(i => (long)i), events.Events.Select(e => e.Seq));
    }

    [Fact]
    public async Task Proposals_to_an_excluded_actor_are_not_delivered()
    {
        var events = new RecordingSink();
        await new ScenarioRunner(fixture.Client).RunAsync(TestScenarios.Baseline(), new RunOptions(), events);

        var undelivered = Assert.Single(events.Events, e => e.Decision == Decision.Undelivered);
        Assert.Equal(("trump", "zelensky", 2), (undelivered.From, undelivered.To, undelivered.Round));
        Assert.DoesNotContain(events.Events, e => e.Type == TraceEventType.Move && e.From == "zelensky" && e.Round == 2);
        Assert.Contains(events.Events, e => e.Type == TraceEventType.Move && e.From == "zelensky" && e.Round == 3);
    }

    [Fact]
    public async Task Influence_pulls_leaders_toward_their_government()
    {
        var quiet = TestScenarios.Baseline() with { Events = [], Rounds = 1 };
        var result = await new ScenarioRunner(fixture.Client).RunAsync(quiet, new RunOptions(), new RecordingSink());

        var leaders = TestScenarios.World.Actors.Where(a => a.MemberOf is not null).ToList();
        foreach (var leader in leaders)
        {
            foreach (var issue in quiet.Issues)
            {
                var before = Gap(result.Start, leader.Id, leader.MemberOf!, issue);
                var after = Gap(result.End, leader.Id, leader.MemberOf!, issue);
                Assert.True(after < before, $"{leader.Id} on {issue}: gap to {leader.MemberOf} went from {before} to {after}");
            }
        }
    }

    private static double Gap(IReadOnlyList<StanceRow> rows, string a, string b, string issue) =>
        Math.Abs(rows.Single(r => r.Actor == a && r.Issue == issue).Position - rows.Single(r => r.Actor == b && r.Issue == issue).Position);

    [Fact]
    public async Task Accepted_terms_commit_both_sides_and_a_stop_condition_ends_the_run()
    {
        var scenario = TestScenarios.Baseline(stopWhen: [new AgreementReached(TestScenarios.Ceasefire)]) with
        {
            Events = [new ProposeEvent(1, new SourceLocation("test.scenario.yaml", 3, 5), "rubio", "trump", [new Term(TestScenarios.Ceasefire, 90)])],
        };
        var events = new RecordingSink();

        var result = await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), events);

        var agreement = Assert.Single(result.Agreements);
        Assert.Equal(("rubio", "trump", 1), (agreement.From, agreement.To, agreement.Round));
        Assert.Equal(2, events.Events.Count(e => e.Type == TraceEventType.Agreement && e.After == 90));
        Assert.Equal(1, result.RoundsRun);
        Assert.Equal(TraceEventType.Stop, events.Events[^1].Type);
        Assert.Contains("agreement reached on ceasefire", result.StoppedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forum_move_stopped_at_a_red_line_says_so_and_stays_inside_it()
    {
        // Faithful dynamics: the model's own jumps reach the red lines, resolve does not hold them back.
        string[] everyone = [.. TestScenarios.World.Actors.Select(a => a.Id)];
        var scenario = TestScenarios.Baseline(models: ModelSettings.Default with { Dynamics = ModelSettings.Faithful }) with
        {
            Rounds = 1,
            Events = [new ForumEvent(1, new SourceLocation("test.scenario.yaml", 2, 3), "talks", everyone, [TestScenarios.Territory])],
        };
        var events = new RecordingSink();

        await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), events);

        var held = events.Events.Where(e => e.Type == TraceEventType.Move && e.Words()!.Contains("stopped at its red line", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(held);
        Assert.All(held, e => Assert.True(TestScenarios.World.FindStance(e.From!, e.Issue!)!.RedLine!.Allows(e.After!.Value)));
    }

    [Fact]
    public async Task A_failed_run_leaves_no_output_folder()
    {
        var broken = TestScenarios.Baseline() with
        {
            Events = [new ShockEvent(2, new SourceLocation("broken.scenario.yaml", 9, 7), "nobody", TestScenarios.Ceasefire, Set: 50, Shift: null)],
        };
        var folder = _temp.Sub("broken");

        var error = await Assert.ThrowsAsync<InputException>(() => new ScenarioRunner(fixture.Client).RunToFolderAsync(broken, new RunOptions(), folder));

        Assert.Equal("broken.scenario.yaml:9:7", error.Errors[0].Location.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path));
    }

    [Fact]
    public async Task A_completed_run_writes_trace_stances_and_manifest_and_nothing_else()
    {
        var folder = _temp.Sub("done");
        var files = await RunFiles.RunAsync(fixture.Client, TestScenarios.Baseline(), folder, new RunOptions(Seed: 3, Rounds: 2));

        Assert.Equal(
            [RunFolder.ManifestFile, RunFolder.StancesFile, RunFolder.TraceTableFile, RunFolder.TraceFile],
            Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["done"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
        var stances = System.Text.Encoding.UTF8.GetString(files.Stances).Split('\n');
        Assert.Equal("run,seed,round,actor,issue,position", stances[0]);
        Assert.StartsWith("test-talks-3,3,0,usa,ceasefire,80", stances[1], StringComparison.Ordinal);
        Assert.Contains(stances, line => line.StartsWith("test-talks-3,3,2,", StringComparison.Ordinal));
        Assert.DoesNotContain(stances, line => line.StartsWith("test-talks-3,3,3,", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', System.Text.Encoding.UTF8.GetString(files.Trace));
        var manifest = await File.ReadAllTextAsync(Path.Combine(folder, RunFolder.ManifestFile));
        Assert.Contains("\"seed\": 3", manifest, StringComparison.Ordinal);
        Assert.Contains("\"timings\"", manifest, StringComparison.Ordinal);
    }
}
