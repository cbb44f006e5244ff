namespace Diplomacy.Model.ExpectedUtility;

/// <summary>Which reading of Bueno de Mesquita's model to run.</summary>
public enum BdmVariant
{
    /// <summary>
    /// <c>bdm-scholz</c>: Scholz et al.'s replication, quirks included. The probability of
    /// success divides by the votes over ALL ordered pairs of positions, and capitulation never
    /// fires (their test compares e_ji with its own absolute value).
    /// </summary>
    Scholz,

    /// <summary>
    /// <c>bdm</c>: the paper's reading. The probability divides by the votes on the pair only,
    /// so P(a, b) + P(b, a) = 1, and an actor capitulates when 0 &lt; e_ji &lt; |e_ij|.
    /// </summary>
    Paper,
}
