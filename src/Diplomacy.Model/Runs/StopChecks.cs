using Diplomacy.Model.Negotiation;

namespace Diplomacy.Model.Runs;

/// <summary>The measures a run's stop conditions compare with their thresholds after each round.</summary>
public static class StopChecks
{
    /// <summary>The first agreement (in the order reached) whose terms include <paramref name="issue"/>, or null.</summary>
    public static AgreedTerms? AgreementOn(string issue, IReadOnlyList<AgreedTerms> agreements)
    {
        ArgumentNullException.ThrowIfNull(agreements);
        return agreements.FirstOrDefault(a => a.Terms.Any(t => t.Issue == issue));
    }

    /// <summary>How far apart the positions are (max − min), or null when there are none.</summary>
    public static double? Spread(IEnumerable<double> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var list = positions.ToList();
        return list.Count == 0 ? null : list.Max() - list.Min();
    }

    /// <summary>The largest |after − before| over positions paired by index; 0 when there are none.</summary>
    public static double LargestMove(IReadOnlyList<double> before, IReadOnlyList<double> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.Zip(after, (b, a) => Math.Abs(a - b)).DefaultIfEmpty(0).Max();
    }
}
