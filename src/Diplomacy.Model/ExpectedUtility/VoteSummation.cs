namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// How the Scholz variant adds up its all-pairs vote total (the probability's denominator).
/// </summary>
public enum VoteSummation
{
    /// <summary><see cref="InputOrder"/> up to <see cref="BdmOptions.InputOrderLimit"/> actors, <see cref="Sorted"/> beyond.</summary>
    Auto,

    /// <summary>
    /// Voter, then first actor, then second actor, in input order: O(n³), and equal to the
    /// published replication to the last bit.
    /// </summary>
    InputOrder,

    /// <summary>
    /// Per voter, the sum of pairwise differences of sorted distances: O(n² log n); differs
    /// from <see cref="InputOrder"/> by rounding only (about 1e-13 after 15 rounds).
    /// </summary>
    Sorted,
}
