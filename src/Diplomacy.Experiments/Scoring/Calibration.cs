namespace Diplomacy.Experiments.Scoring;

/// <summary>Observations whose forecast fell in [<paramref name="Low"/>, <paramref name="High"/>): how many, the mean forecast, and how often they happened.</summary>
public sealed record CalibrationBin(double Low, double High, int Observations, double? MeanForecast, double? ObservedFrequency);

/// <summary>
/// Scores a set's forecasts against what happened: the Brier score (the mean of (forecast −
/// outcome)², 0 best, 0.25 what always saying 50 % earns, 1 worst) and a calibration table in ten
/// bins of forecast (the last, [0.9, 1], includes 1). A well-calibrated ensemble's events happen
/// about as often as it forecast them.
/// </summary>
public static class Calibration
{
    public const int Bins = 10;

    public static double? Brier(IEnumerable<ObservationTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var scores = tallies.Select(t => t.Brier).OfType<double>().ToList();
        return scores.Count == 0 ? null : scores.Average();
    }

    public static IReadOnlyList<CalibrationBin> Table(IEnumerable<ObservationTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var scored = tallies.Where(t => t.Forecast is not null).ToList();
        return Enumerable.Range(0, Bins).Select(bin =>
        {
            var (low, high) = (bin / (double)Bins, (bin + 1) / (double)Bins);
            var inside = scored.Where(t => Math.Min((int)(t.Forecast!.Value * Bins), Bins - 1) == bin).ToList();
            return inside.Count == 0
                ? new CalibrationBin(low, high, 0, null, null)
                : new CalibrationBin(low, high, inside.Count, inside.Average(t => t.Forecast!.Value), inside.Count(t => t.Observation.Happened) / (double)inside.Count);
        }).ToList();
    }
}
