using Diplomacy.Experiments.Aggregates;

namespace Diplomacy.Experiments.Tests.Aggregates;

public sealed class QuantilesTests
{
    [Fact]
    public void Quantiles_interpolate_between_order_statistics_as_R_type_7_does()
    {
        // R: quantile(c(1, 2, 3, 4, 10), c(.05, .5, .95)) gives 1.2, 3, 8.8.
        double[] values = [10, 3, 1, 4, 2];

        var (low, median, high) = Quantiles.Band(values);

        Assert.Equal(1.2, low, 12);
        Assert.Equal(3, median);
        Assert.Equal(8.8, high, 12);
    }

    [Fact]
    public void One_value_is_every_quantile_and_none_is_not_a_number()
    {
        Assert.Equal((7.0, 7.0, 7.0), Quantiles.Band(new double[] { 7 }));
        Assert.True(double.IsNaN(Quantiles.Of([], 0.5)));
    }

    [Fact]
    public void Odds_count_agreements_among_finished_runs()
    {
        var odds = new AgreementOdds(0, 0).Add(true).Add(false).Add(true).Add(true);

        Assert.Equal((4, 3, 0.75), (odds.Runs, odds.Agreed, odds.Probability!.Value));
        Assert.Null(new AgreementOdds(0, 0).Probability);
    }
}
