namespace Diplomacy.Model.ExpectedUtility;

/// <summary>P(a prevails over b) from the votes for a over b and for b over a.</summary>
internal readonly struct Probabilities(BdmVariant variant, double allPairsTotal)
{
    public double Of(double votesFor, double votesAgainst)
    {
        if (variant == BdmVariant.Scholz)
        {
            return votesFor / allPairsTotal;
        }

        // The paper divides by the pair's own votes; when nobody prefers either, an even chance.
        var pairTotal = votesFor + votesAgainst;
        return pairTotal == 0 ? 0.5 : votesFor / pairTotal;
    }
}
