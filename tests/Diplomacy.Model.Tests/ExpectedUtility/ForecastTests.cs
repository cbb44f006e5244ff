using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

public sealed class ForecastTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_forecast_has_exactly_the_rounds_asked_for_each_starting_where_the_last_ended(int rounds)
    {
        var actors = BdmData.Actors("eu-emissions");

        var forecast = ExpectedUtilityModel.Forecast(actors, rounds);

        Assert.Equal(rounds, forecast.Count);
        var snapshot = new BdmSnapshot(actors);
        foreach (var round in forecast)
        {
            Assert.Equal(ExpectedUtilityModel.PlayRound(snapshot), round, RoundComparer.Instance);
            snapshot = snapshot.WithPositions(round.Positions);
        }
    }

    [Fact]
    public void A_negative_round_count_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedUtilityModel.Forecast(BdmData.Actors("eu-emissions"), -1));
    }

    [Fact]
    public void The_median_is_the_position_a_weighted_majority_prefers_to_every_other()
    {
        // Weights c·s of 1, 4 and 2: the actor at 70 holds more than half of them. A vote that
        // divided by the distance gain instead of multiplying would settle on 30.
        var snapshot = new BdmSnapshot([new BdmActor("a", 1, 0, 1), new BdmActor("b", 4, 70, 1), new BdmActor("c", 2, 30, 1)]);

        Assert.Equal(70, ExpectedUtilityModel.Median(snapshot));
    }

    [Fact]
    public void The_median_of_a_tie_stays_with_the_earlier_position()
    {
        var snapshot = new BdmSnapshot([new BdmActor("a", 1, 20, 1), new BdmActor("b", 1, 80, 1)]);

        Assert.Equal(20, ExpectedUtilityModel.Median(snapshot));
    }

    [Fact]
    public void The_mean_weighs_each_position_by_capability_times_salience()
    {
        var snapshot = new BdmSnapshot([new BdmActor("a", 2, 0, 0.5), new BdmActor("b", 1, 90, 0.5), new BdmActor("c", 4, 10, 0)]);

        Assert.Equal(30, ExpectedUtilityModel.Mean(snapshot), 1e-12);
        Assert.True(double.IsNaN(ExpectedUtilityModel.Mean(new BdmSnapshot([new BdmActor("a", 0, 10, 1)]))));
        Assert.True(double.IsNaN(ExpectedUtilityModel.Median(new BdmSnapshot([]))));
    }

    /// <summary>Rounds compared by value: records of lists compare the lists by reference.</summary>
    private sealed class RoundComparer : IEqualityComparer<BdmRound>
    {
        public static readonly RoundComparer Instance = new();

        public bool Equals(BdmRound? x, BdmRound? y) =>
            x is not null && y is not null
            && x.Positions.SequenceEqual(y.Positions) && x.Moves.SequenceEqual(y.Moves)
            && x.RiskExponents.SequenceEqual(y.RiskExponents)
            && x.Median.Equals(y.Median) && x.Mean.Equals(y.Mean);

        public int GetHashCode(BdmRound obj) => obj.Positions.Count;
    }
}
