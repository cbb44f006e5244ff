using Diplomacy.Model.Concession;

namespace Diplomacy.Model.Tests.Concession;

public sealed class ConcessionTacticTests
{
    [Theory]
    [InlineData("boulware", 0.2)]
    [InlineData("linear", 1.0)]
    [InlineData("conceder", 2.0)]
    public void Aspiration_follows_the_closed_form_at_every_round(string name, double beta)
    {
        const double reservation = 0.3;
        var tactic = ConcessionTactic.Named(name, deadline: 10, reservation);

        for (var round = 0; round <= 12; round++)
        {
            var conceded = Math.Pow(Math.Min(round, 10) / 10.0, 1 / beta);
            Assert.Equal(reservation + ((1 - conceded) * (1 - reservation)), tactic.Aspiration(round), 1e-15);
        }

        Assert.Equal(1.0, tactic.Aspiration(0));
        Assert.Equal(reservation, tactic.Aspiration(10), 1e-15);
    }

    [Fact]
    public void Boulware_holds_out_and_conceder_gives_way_early()
    {
        var boulware = ConcessionTactic.Boulware(10, 0);
        var linear = ConcessionTactic.Linear(10, 0);
        var conceder = ConcessionTactic.Conceder(10, 0);

        Assert.Equal(1 - Math.Pow(0.5, 5), boulware.Aspiration(5), 1e-15);
        Assert.Equal(0.5, linear.Aspiration(5), 1e-15);
        Assert.Equal(1 - Math.Sqrt(0.5), conceder.Aspiration(5), 1e-15);
        Assert.Equal(ConcessionKind.Boulware, boulware.Kind);
    }

    [Fact]
    public void Beta_zero_never_concedes()
    {
        var hardliner = new ConcessionTactic(0, 10, 0.2, ConcessionKind.Custom);

        Assert.Equal(1.0, hardliner.Aspiration(9));
        Assert.Equal(1.0, hardliner.Aspiration(10));
    }

    [Fact]
    public void Accepts_an_offer_at_least_as_good_as_its_next_bid()
    {
        var tactic = ConcessionTactic.Linear(10, 0.2);
        var next = tactic.Aspiration(4);

        Assert.True(tactic.Accepts(next, 4));
        Assert.True(tactic.Accepts(next + 0.01, 4));
        Assert.False(tactic.Accepts(next - 1e-9, 4));
    }

    [Theory]
    [InlineData(20, 80, 0.9, 100, 30)]
    [InlineData(80, 20, 0.9, 100, 70)]
    [InlineData(20, 25, 0.5, 100, 25)]
    [InlineData(50, 50, 0.1, 100, 50)]
    [InlineData(2, 8, 0.5, 10, 7)]
    public void Counter_offer_moves_toward_the_opponent_as_far_as_the_aspiration_allows(
        double ideal, double offer, double aspiration, double range, double expected)
    {
        Assert.Equal(expected, ConcessionTactic.CounterOffer(ideal, offer, aspiration, range), 1e-12);
    }

    [Fact]
    public void Rejects_parameters_outside_their_ranges()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConcessionTactic(-1, 10, 0, ConcessionKind.Custom));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConcessionTactic(1, 0, 0, ConcessionKind.Custom));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConcessionTactic(1, 10, 1.5, ConcessionKind.Custom));
        Assert.Throws<ArgumentException>(() => ConcessionTactic.Named("stubborn", 10, 0));
    }

    [Theory]
    [InlineData(double.NaN, 10, 0.5)]
    [InlineData(double.PositiveInfinity, 10, 0.5)]
    [InlineData(1, -1, 0.5)]
    [InlineData(1, 10, -0.01)]
    [InlineData(1, 10, double.NaN)]
    public void Rejects_non_finite_and_negative_parameters(double beta, int deadline, double reservation)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConcessionTactic(beta, deadline, reservation, ConcessionKind.Custom));
    }

    [Fact]
    public void The_edges_of_the_ranges_are_accepted()
    {
        var tactic = new ConcessionTactic(0, 1, 1, ConcessionKind.Custom);

        Assert.Equal((0.0, 1, 1.0), (tactic.Beta, tactic.Deadline, tactic.Reservation));
        Assert.Equal(0.0, new ConcessionTactic(1, 1, 0, ConcessionKind.Custom).Reservation);
    }

    [Theory]
    [InlineData("Boulware", ConcessionKind.Boulware, ConcessionTactic.BoulwareBeta)]
    [InlineData("LINEAR", ConcessionKind.Linear, ConcessionTactic.LinearBeta)]
    [InlineData("conceder", ConcessionKind.Conceder, ConcessionTactic.ConcederBeta)]
    public void Named_tactics_are_found_in_any_case(string name, ConcessionKind kind, double beta)
    {
        var tactic = ConcessionTactic.Named(name, 8, 0.25);

        Assert.Equal(new ConcessionTactic(beta, 8, 0.25, kind), tactic);
        Assert.Contains("'stubborn'", Assert.Throws<ArgumentException>(() => ConcessionTactic.Named("stubborn", 10, 0)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_is_clamped_to_the_deadline_and_to_zero()
    {
        var linear = ConcessionTactic.Linear(10, 0);

        Assert.Equal(0.0, linear.Conceded(-5));
        Assert.Equal(1.0, linear.Conceded(15));
        Assert.Equal(0.5, linear.Conceded(5), 1e-15);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_counter_offer_needs_a_positive_range(double range)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConcessionTactic.CounterOffer(20, 80, 0.5, range));
    }

    [Fact]
    public void An_aspiration_above_one_never_moves_past_the_ideal()
    {
        Assert.Equal(20, ConcessionTactic.CounterOffer(20, 80, 1.2, 100));
    }
}
