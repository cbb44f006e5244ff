using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests;

[Collection(OneSiloCollection.Name)]
public sealed class ProposalTests(OneSiloCluster fixture)
{
    [Fact]
    public async Task An_offer_at_the_recipients_own_stance_is_accepted_with_its_utility_and_aspiration()
    {
        var zelensky = await TestGrains.SetUpAsync(fixture.Client, "proposal-accept", "zelensky");

        var answer = await Answer(zelensky, Offer("trump", "zelensky", round: 1, (TestScenarios.Ceasefire, 55), (TestScenarios.Territory, 0)));

        Assert.Equal(Decision.Accept, answer.Decision);
        Assert.Equal(1, answer.Utility, precision: 12);
        Assert.True(answer.Utility >= answer.Aspiration);
        var reason = Assert.IsType<AspirationReason>(answer.Reason);
        Assert.True(reason.Met);
        Assert.Equal((1, 3), (reason.Round, reason.Deadline));
        Assert.Null(answer.RedLineIssue);
    }

    [Fact]
    public async Task An_offer_across_a_red_line_is_rejected_naming_the_line()
    {
        var zelensky = await TestGrains.SetUpAsync(fixture.Client, "proposal-red-line", "zelensky");

        var answer = await Answer(zelensky, Offer("putin", "zelensky", round: 1, (TestScenarios.Ceasefire, 55), (TestScenarios.Territory, 90)));

        Assert.Equal(Decision.Reject, answer.Decision);
        Assert.Equal(TestScenarios.Territory, answer.RedLineIssue);
        Assert.Equal(0, answer.Utility);
        Assert.Equal(new RedLineReason("zelensky", TestScenarios.Territory, 90, 0, 30), answer.Reason);
    }

    [Fact]
    public async Task An_offer_short_of_the_aspiration_is_countered_with_terms_between_the_stance_and_the_offer()
    {
        var putin = await TestGrains.SetUpAsync(fixture.Client, "proposal-counter", "putin");

        var answer = await Answer(putin, Offer("trump", "putin", round: 1, (TestScenarios.Ceasefire, 70)));

        Assert.Equal(Decision.Counter, answer.Decision);
        Assert.True(answer.Utility < answer.Aspiration);
        var counter = Assert.Single(answer.CounterTerms);
        Assert.Equal(TestScenarios.Ceasefire, counter.Issue);
        Assert.InRange(counter.Position, 25, 70);
        Assert.False(Assert.IsType<AspirationReason>(answer.Reason).Met);
    }

    [Fact]
    public async Task A_counter_offer_is_valued_by_the_proposer_with_its_own_utility_red_lines_and_tactic()
    {
        var putin = await TestGrains.SetUpAsync(fixture.Client, "proposal-counter-back-putin", "putin");
        var zelensky = await TestGrains.SetUpAsync(fixture.Client, "proposal-counter-back-zelensky", "zelensky");

        var counter = await Answer(putin, Offer("zelensky", "putin", round: 1, (TestScenarios.Territory, 60)));
        var reply = await Answer(zelensky, new Proposal("putin", "zelensky", 2, counter.CounterTerms));

        Assert.Equal(Decision.Counter, counter.Decision);
        Assert.Equal(Decision.Reject, reply.Decision);
        Assert.Equal(TestScenarios.Territory, reply.RedLineIssue);
        Assert.Equal("zelensky", Assert.IsType<RedLineReason>(reply.Reason).Actor);
    }

    [Fact]
    public async Task The_aspiration_falls_toward_the_deadline_so_a_late_offer_is_accepted()
    {
        var putin = await TestGrains.SetUpAsync(fixture.Client, "proposal-late", "putin", deadline: 3, beta: 1);

        var early = await Answer(putin, Offer("trump", "putin", round: 1, (TestScenarios.Ceasefire, 35)));
        var late = await Answer(putin, Offer("trump", "putin", round: 3, (TestScenarios.Ceasefire, 35)));

        Assert.True(late.Aspiration < early.Aspiration);
        Assert.Equal(Decision.Counter, early.Decision);
        Assert.Equal(Decision.Accept, late.Decision);
    }

    // The recipient's side of an exchange, as the proposer's grain calls it.
    private static async Task<ProposalAnswer> Answer(Contracts.IActorGrain recipient, Proposal proposal) =>
        (await recipient.Receive(new ProposalDelivery(TestGrains.Epoch, proposal))).Answer;

    private static Proposal Offer(string from, string to, int round, params (string Issue, double Position)[] terms) =>
        new(from, to, round, [.. terms.Select(t => new TermValue(t.Issue, t.Position))]);
}
