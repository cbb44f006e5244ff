using Diplomacy.Model.Negotiation;

namespace Diplomacy.Model.Tests.Negotiation;

/// <summary>The alternating-offers protocol: who answers what and when, and when talks end without agreement.</summary>
public sealed class AlternatingOffersTests
{
    private static readonly IReadOnlyList<IssueTerm> Offer = [new("ceasefire", 70)];
    private static readonly IReadOnlyList<IssueTerm> Counter = [new("ceasefire", 40)];

    [Fact]
    public void A_counter_offer_is_owed_by_the_other_side_next_round_in_the_order_talks_were_opened()
    {
        var offers = new AlternatingOffers(deadline: 5);

        Assert.Equal(ExchangeStep.CounterOpened, offers.Answered(1, "trump", "putin", Offer, Decision.Counter, Counter));
        Assert.Equal(ExchangeStep.CounterOpened, offers.Answered(1, "rubio", "zelensky", Offer, Decision.Counter, Counter));

        var owed = offers.TakeOwed();
        Assert.Equal([("putin", "trump"), ("zelensky", "rubio")], owed.Select(t => (t.Offerer, t.Answerer)));
        Assert.Equal(Counter, owed[0].Terms);
        Assert.Empty(offers.Open);
    }

    [Fact]
    public void Acceptance_records_the_agreement_and_rejection_ends_the_talks()
    {
        var offers = new AlternatingOffers(deadline: 5);

        Assert.Equal(ExchangeStep.Agreed, offers.Answered(2, "putin", "trump", Counter, Decision.Accept, []));
        Assert.Equal(ExchangeStep.Ended, offers.Answered(2, "zelensky", "putin", Offer, Decision.Reject, []));

        Assert.Equal([new AgreedTerms(2, "putin", "trump", Counter)], offers.Agreements);
        Assert.Empty(offers.Open);
    }

    [Fact]
    public void A_counter_offer_that_would_be_answered_after_the_deadline_lapses()
    {
        var offers = new AlternatingOffers(deadline: 3);

        Assert.Equal(ExchangeStep.CounterOpened, offers.Answered(2, "trump", "putin", Offer, Decision.Counter, Counter));
        offers.TakeOwed();
        Assert.Equal(ExchangeStep.Lapsed, offers.Answered(3, "putin", "trump", Counter, Decision.Counter, Offer));

        Assert.Empty(offers.Open);
        Assert.Empty(offers.Agreements);
    }

    [Fact]
    public void An_excluded_party_blocks_the_talks_and_is_named_first_come()
    {
        var offers = new AlternatingOffers(deadline: 3);

        Assert.True(offers.Exclude("putin"));
        Assert.False(offers.Exclude("putin"));
        Assert.True(offers.Exclude("trump"));

        Assert.Equal("trump", offers.ExcludedParty("trump", "putin"));
        Assert.Equal("putin", offers.ExcludedParty("putin", "trump"));
        Assert.Null(offers.ExcludedParty("rubio", "zelensky"));
        Assert.True(offers.Include("putin"));
        Assert.False(offers.Include("putin"));
        Assert.Equal(["trump"], offers.Excluded);
    }

    [Fact]
    public void Talks_still_open_when_the_run_ends_are_closed_in_the_order_they_were_opened()
    {
        var offers = new AlternatingOffers(deadline: 10, open: [new OpenTalks("putin", "trump", Counter), new OpenTalks("zelensky", "rubio", Offer)]);

        var closed = offers.CloseAtRunEnd();

        Assert.Equal(["putin", "zelensky"], closed.Select(t => t.Offerer));
        Assert.Empty(offers.Open);
    }

    [Fact]
    public void A_protocol_rebuilt_from_its_parts_carries_on_where_it_was()
    {
        var offers = new AlternatingOffers(deadline: 4);
        offers.Exclude("eu");
        offers.Answered(1, "trump", "putin", Offer, Decision.Counter, Counter);
        offers.Answered(1, "rubio", "trump", Offer, Decision.Accept, []);

        var rebuilt = new AlternatingOffers(offers.Deadline, offers.Open, offers.Excluded, offers.Agreements);

        Assert.Equal(offers.Open, rebuilt.Open);
        Assert.Equal(offers.Excluded, rebuilt.Excluded);
        Assert.Equal(offers.Agreements, rebuilt.Agreements);
    }
}
