using Diplomacy.Model.Concession;
using Diplomacy.Model.Negotiation;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Negotiation;

/// <summary>How an actor judges an offer: utility with red lines against the aspiration of its concession tactic.</summary>
public sealed class ProposalJudgeTests
{
    // Where a Ukrainian leader stands: a ceasefire in the middle, no territory ceded (a red line at 30).
    private static readonly HeldIssue[] Zelensky =
    [
        new("ceasefire", 55, 0.8, 0.6, null),
        new("territory", 0, 1.0, 0.9, new RedLine(0, 30)),
    ];

    private static readonly ConcessionPace Boulware = new(0.2, 3);

    [Fact]
    public void An_offer_at_the_actors_own_stance_is_accepted_with_utility_one()
    {
        var judgement = ProposalJudge.Judge(Zelensky, [new("ceasefire", 55), new("territory", 0)], round: 1, Boulware);

        Assert.Equal(Decision.Accept, judgement.Decision);
        Assert.Equal(JudgementGround.AspirationMet, judgement.Ground);
        Assert.Equal(1, judgement.Utility, 12);
        Assert.True(judgement.Utility >= judgement.Aspiration);
        Assert.Equal((1, 3), (judgement.Round, judgement.Deadline));
        Assert.Empty(judgement.CounterTerms);
    }

    [Fact]
    public void An_offer_across_a_red_line_is_rejected_with_utility_zero_naming_the_line()
    {
        var judgement = ProposalJudge.Judge(Zelensky, [new("ceasefire", 55), new("territory", 90)], round: 1, Boulware);

        Assert.Equal((Decision.Reject, JudgementGround.RedLineCrossed, 0.0), (judgement.Decision, judgement.Ground, judgement.Utility));
        Assert.Equal(("territory", 90.0, new RedLine(0, 30)), (judgement.Breach!.Issue, judgement.Breach.Offered, judgement.Breach.RedLine));
    }

    [Fact]
    public void An_offer_short_of_the_aspiration_is_countered_between_the_stance_and_the_offer()
    {
        var judgement = ProposalJudge.Judge(Zelensky, [new("ceasefire", 90), new("sanctions", 40)], round: 1, Boulware);

        Assert.Equal((Decision.Counter, JudgementGround.AspirationMissed), (judgement.Decision, judgement.Ground));
        Assert.True(judgement.Utility < judgement.Aspiration);
        var (ceasefire, sanctions) = (judgement.CounterTerms[0], judgement.CounterTerms[1]);
        Assert.Equal("ceasefire", ceasefire.Issue);
        Assert.InRange(ceasefire.Position, 55, 90);

        // An issue the actor holds no stance on stands as offered.
        Assert.Equal(new IssueTerm("sanctions", 40), sanctions);
    }

    [Fact]
    public void An_offer_on_no_issue_the_actor_holds_is_rejected()
    {
        var judgement = ProposalJudge.Judge(Zelensky, [new("sanctions", 40)], round: 2, Boulware);

        Assert.Equal((Decision.Reject, JudgementGround.NoStanceHeld, 0.0, 1.0), (judgement.Decision, judgement.Ground, judgement.Utility, judgement.Aspiration));
    }

    [Fact]
    public void The_aspiration_falls_toward_the_deadline_so_an_offer_countered_early_is_accepted_late()
    {
        HeldIssue[] putin = [new("ceasefire", 25, 0.7, 0.9, null)];
        var linear = new ConcessionPace(1, 3);

        var early = ProposalJudge.Judge(putin, [new("ceasefire", 35)], round: 1, linear);
        var late = ProposalJudge.Judge(putin, [new("ceasefire", 35)], round: 3, linear);

        Assert.True(late.Aspiration < early.Aspiration);
        Assert.Equal((Decision.Counter, Decision.Accept), (early.Decision, late.Decision));
    }

    [Fact]
    public void The_reservation_value_is_the_salience_weighted_resolve_clamped_to_the_unit_interval()
    {
        Assert.Equal((0.6 * 0.25) + (0.9 * 0.75), ProposalJudge.Reservation([0.6, 0.9], [0.25, 0.75]), 15);
        Assert.Equal(1, ProposalJudge.Reservation([1.2], [1]));
    }

    [Theory]
    [InlineData(0.2, ConcessionKind.Boulware)]
    [InlineData(1.0, ConcessionKind.Linear)]
    [InlineData(2.0, ConcessionKind.Conceder)]
    [InlineData(0.5, ConcessionKind.Custom)]
    public void The_pace_names_its_tactic_after_beta(double beta, ConcessionKind kind) =>
        Assert.Equal(kind, new ConcessionPace(beta, 4).WithReservation(0.5).Kind);
}
