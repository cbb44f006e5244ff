using Diplomacy.Experiments.Scoring;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Experiments.Tests.Scoring;

public sealed class ScoringTests
{
    private static readonly SourceLocation Here = new("observed.yaml", 1, 1);

    private static ObservationTally Tally(bool happened, int runs, int occurred) =>
        new(new AgreementObservation("o", null, null, happened, Here, "territory", 3), 1, runs, occurred, 0, 0);

    [Fact]
    public void The_brier_score_is_the_mean_squared_gap_between_forecast_and_outcome()
    {
        // Forecasts 0.8 (happened), 0.3 (did not), 1.0 (happened): (0.04 + 0.09 + 0) / 3.
        ObservationTally[] tallies = [Tally(true, 10, 8), Tally(false, 10, 3), Tally(true, 4, 4)];

        Assert.Equal(0.13 / 3, Calibration.Brier(tallies)!.Value, 12);
        Assert.Equal(0.25, Calibration.Brier([Tally(true, 2, 1)]));
        Assert.Null(Calibration.Brier([Tally(true, 0, 0)]));
    }

    [Fact]
    public void Calibration_puts_each_forecast_in_its_tenth_and_counts_how_often_those_happened()
    {
        ObservationTally[] tallies = [Tally(true, 10, 8), Tally(false, 10, 8), Tally(true, 10, 10), Tally(false, 10, 0)];

        var table = Calibration.Table(tallies);

        Assert.Equal(10, table.Count);
        Assert.Equal(new CalibrationBin(0.8, 0.9, 2, 0.8, 0.5), table[8]);
        Assert.Equal(new CalibrationBin(0.9, 1, 1, 1, 1), table[9]);
        Assert.Equal(new CalibrationBin(0, 0.1, 1, 0, 0), table[0]);
        Assert.Equal(0, table[5].Observations);
    }

    [Fact]
    public void A_stance_tally_counts_runs_inside_below_and_above_the_range()
    {
        var stance = new StanceObservation("s", "2025-03-01", null, true, Here, "russia", "territory", 20, 40);
        var tally = new ObservationTally(stance, 1, 0, 0, 0, 0)
            .Add(occurred: true, before: false, after: false)
            .Add(occurred: false, before: true, after: false)
            .Add(occurred: false, before: false, after: true)
            .Add(occurred: false, before: false, after: true);

        Assert.Equal((4, 1, 1, 2, 0.25), (tally.Runs, tally.Occurred, tally.Before, tally.After, tally.Forecast!.Value));
    }
}
