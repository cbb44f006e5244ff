namespace Diplomacy.Experiments.Aggregates;

/// <summary>
/// Exact sample quantiles, as R's default (Hyndman and Fan's type 7, also numpy's default): for
/// probability p of n sorted values, h = (n - 1)·p and the quantile lies h - floor(h) of the way
/// from the floor(h)-th value to the next. The 5 %, 50 % and 95 % quantiles make a fan chart's
/// band and median.
/// </summary>
public static class Quantiles
{
    public const double Low = 0.05;
    public const double Median = 0.5;
    public const double High = 0.95;

    /// <summary>The p-quantile of <paramref name="sorted"/> (ascending, no NaN); NaN when it is empty.</summary>
    public static double Of(ReadOnlySpan<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((h - below) * (sorted[above] - sorted[below]));
    }

    /// <summary>Low, median and high of <paramref name="values"/>, which it sorts in place.</summary>
    public static (double Low, double Median, double High) Band(Span<double> values)
    {
        values.Sort();
        return (Of(values, Low), Of(values, Median), Of(values, High));
    }
}
