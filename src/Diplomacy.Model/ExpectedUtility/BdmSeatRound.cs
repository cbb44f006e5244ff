namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// Everything one actor needs to choose its move in a prepared round (<see cref="BdmPreparedRound.Seat"/>):
/// every actor's position and salience and slot, the range Δ, the variant, its own risk exponent,
/// and its slot's rows of probabilities (against every slot, and of every slot against it).
/// The arrays are taken as given, not copied, so a seat sent across a process boundary is rebuilt
/// at no cost; the caller must not change them afterwards.
/// </summary>
public sealed class BdmSeatRound
{
    public BdmSeatRound(
        int seat,
        double[] positions,
        double[] saliences,
        int[] slots,
        double range,
        BdmVariant variant,
        double exponent,
        bool canMove,
        double[] outward,
        double[] inward)
    {
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(saliences);
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(outward);
        ArgumentNullException.ThrowIfNull(inward);
        ArgumentOutOfRangeException.ThrowIfNegative(seat);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(seat, positions.Length);
        if (saliences.Length != positions.Length || slots.Length != positions.Length)
        {
            throw new ArgumentException($"expected {positions.Length} saliences and slots, got {saliences.Length} and {slots.Length}", nameof(slots));
        }

        if (canMove && (outward.Length != inward.Length || outward.Length <= slots[seat]))
        {
            throw new ArgumentException($"the probability rows must cover slot {slots[seat]}", nameof(outward));
        }

        Seat = seat;
        Positions = positions;
        Saliences = saliences;
        Slots = slots;
        Range = range;
        Variant = variant;
        Exponent = exponent;
        CanMove = canMove;
        Outward = outward;
        Inward = inward;
    }

    /// <summary>The choosing actor's index among the round's actors.</summary>
    public int Seat { get; }

    // The arrays below are shared with the prepared round and with every other seat: read them, never write them.

    /// <summary>Every actor's position, in the round's order.</summary>
    public double[] Positions { get; }

    /// <summary>Every actor's salience, in the round's order.</summary>
    public double[] Saliences { get; }

    /// <summary>Each actor's slot among the round's distinct positions.</summary>
    public int[] Slots { get; }

    public double Range { get; }

    public BdmVariant Variant { get; }

    /// <summary>The choosing actor's risk exponent r_i this round.</summary>
    public double Exponent { get; }

    /// <summary>False when nobody can move this round; the actor then stays.</summary>
    public bool CanMove { get; }

    /// <summary>P(own slot prevails over slot v), per slot v.</summary>
    public double[] Outward { get; }

    /// <summary>P(slot v prevails over own slot), per slot v.</summary>
    public double[] Inward { get; }
}
