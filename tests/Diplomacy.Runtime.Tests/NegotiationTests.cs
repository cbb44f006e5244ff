using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests;

/// <summary>Bilateral talks over several rounds: counter-offers answered the round after, until agreement, red line or deadline.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class NegotiationTests(OneSiloCluster fixture)
{
    private static readonly SourceLocation Here = new("talks.scenario.yaml", 1, 1);

    [Fact]
    public async Task A_counter_offer_is_answered_by_the_proposer_next_round_and_its_acceptance_stops_the_run()
    {
        var scenario = Talks(
            new ProposeEvent(1, Here, "trump", "rubio", [new Term(TestScenarios.Ceasefire, 90)]),
            beta: 1,
            deadline: 4,
            stopWhen: [new AgreementReached(TestScenarios.Ceasefire)]);
        var events = new RecordingSink();

        var result = await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), events);

        Assert.Equal(
            [(1, "proposal", "trump", null), (1, "answer", "rubio", "counter"), (2, "answer", "trump", "accept"), (2, "agreement", "rubio", null), (2, "agreement", "trump", null), (2, "stop", null, null)],
            events.Events.Select(e => (e.Round, e.TypeName(), e.From, e.DecisionName())));
        var counter = events.Events[1];
        var agreement = Assert.Single(result.Agreements);
        Assert.Equal(("rubio", "trump", 2), (agreement.From, agreement.To, agreement.Round));
        Assert.Equal(counter.Terms, agreement.Terms);
        Assert.Contains("against aspiration", events.Events[2].Words(), StringComparison.Ordinal);
        Assert.All(result.End.Where(r => r.Actor is "trump" or "rubio" && r.Issue == TestScenarios.Ceasefire), r => Assert.Equal(counter.Terms![0].Position, r.Position));
        Assert.Equal(2, result.RoundsRun);
        Assert.Contains("agreement reached on ceasefire between rubio and trump", result.StoppedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exchange_alternates_until_the_deadline_and_then_lapses()
    {
        var scenario = Talks(new ProposeEvent(1, Here, "trump", "putin", [new Term(TestScenarios.Ceasefire, 70)]), beta: 0.2, deadline: 3);
        var events = new RecordingSink();

        var result = await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), events);

        var talks = events.Events.Where(e => e.Type is TraceEventType.Proposal or TraceEventType.Answer or TraceEventType.Lapse).ToList();
        Assert.Equal(
            [(1, "proposal", "trump", "putin"), (1, "answer", "putin", "trump"), (2, "answer", "trump", "putin"), (3, "answer", "putin", "trump"), (3, "lapse", "putin", "trump")],
            talks.Select(e => (e.Round, e.TypeName(), e.From!, e.To!)));
        Assert.All(talks.Where(e => e.Type == TraceEventType.Answer), a => Assert.Equal("counter", a.DecisionName()));
        Assert.Equal(talks[3].Terms, talks[4].Terms);
        Assert.Contains("after the concession deadline (round 3)", talks[4].Words(), StringComparison.Ordinal);
        Assert.Empty(result.Agreements);
        Assert.Equal(4, result.RoundsRun);
    }

    [Fact]
    public async Task A_counter_offer_across_the_proposers_red_line_ends_the_talks()
    {
        var scenario = Talks(new ProposeEvent(1, Here, "zelensky", "putin", [new Term(TestScenarios.Territory, 60)]), beta: 1, deadline: 4);
        var events = new RecordingSink();

        var result = await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), events);

        var answers = events.Events.Where(e => e.Type == TraceEventType.Answer).ToList();
        Assert.Equal([("putin", "counter", 1), ("zelensky", "reject", 2)], answers.Select(a => (a.From!, a.DecisionName()!, a.Round)));
        Assert.Contains("red line on territory", answers[1].Words(), StringComparison.Ordinal);
        Assert.Empty(result.Agreements);
    }

    [Fact]
    public async Task Talks_with_an_excluded_party_lapse_unanswered()
    {
        var scenario = Talks(new ProposeEvent(1, Here, "trump", "putin", [new Term(TestScenarios.Ceasefire, 70)]), beta: 0.2, deadline: 4) is var talks
            ? talks with { Events = [.. talks.Events, new ExcludeEvent(1, Here, ["putin"])] }
            : throw new InvalidOperationException();
        var events = new RecordingSink();

        await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), events);

        var lapse = Assert.Single(events.Events, e => e.Type == TraceEventType.Lapse);
        Assert.Equal((2, "putin", "trump"), (lapse.Round, lapse.From, lapse.To));
        Assert.Contains("putin is excluded from the talks", lapse.Words(), StringComparison.Ordinal);
        Assert.DoesNotContain(events.Events, e => e.Type == TraceEventType.Answer && e.Round > 1);
    }

    // Influence off, so the only moves are the talks' own.
    [Fact]
    public async Task Talks_still_open_when_the_run_ends_are_closed_in_the_trace()
    {
        var scenario = Talks(new ProposeEvent(1, Here, "trump", "putin", [new Term(TestScenarios.Ceasefire, 70)]), beta: 0.2, deadline: 10);
        var events = new RecordingSink();

        await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(Rounds: 2), events);

        var last = events.Events[^1];
        Assert.Equal((2, TraceEventType.Lapse), (last.Round, last.Type));
        Assert.Contains("the run ended after round 2 before", last.Words(), StringComparison.Ordinal);
        var lastCounter = events.Events.Last(e => e.Type == TraceEventType.Answer);
        Assert.Equal(("counter", lastCounter.From, lastCounter.To), (lastCounter.DecisionName(), last.From, last.To));
        Assert.Equal(lastCounter.Terms, last.Terms);
    }

    private static Scenario Talks(ProposeEvent proposal, double beta, int deadline, IReadOnlyList<StopCondition>? stopWhen = null) =>
        TestScenarios.Baseline(
            models: new ModelSettings("bdm", new ConcessionSettings("custom", beta, deadline), new InfluenceSettings(Enabled: false, StepsPerRound: 1)),
            stopWhen: stopWhen) with
        {
            Rounds = 4,
            Events = [proposal],
        };
}
