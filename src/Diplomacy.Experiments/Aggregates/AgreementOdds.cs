namespace Diplomacy.Experiments.Aggregates;

/// <summary>
/// How often runs agreed on an issue: agreed out of runs that finished (failed runs count for
/// nothing either way). The probability is null when no run finished.
/// </summary>
public sealed record AgreementOdds(int Runs, int Agreed)
{
    public double? Probability => Runs == 0 ? null : (double)Agreed / Runs;

    public AgreementOdds Add(bool agreed) => new(Runs + 1, Agreed + (agreed ? 1 : 0));
}
