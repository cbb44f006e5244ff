namespace Diplomacy.Model.Utility;

/// <summary>How an actor values an offer: its utility, and the red line it crossed if any (then the utility is 0).</summary>
public sealed record UtilityVerdict(double Utility, RedLineBreach? Breach)
{
    public bool IsRejectedOutright => Breach is not null;
}
