namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// A round's shared work, done once for every actor: the risk exponents, each actor's slot among
/// the distinct positions, and per slot the probability of prevailing over every other slot and of
/// being prevailed over. Each actor's choice then costs O(n) (<see cref="ExpectedUtilityModel.ChooseMove(BdmSeatRound)"/>)
/// instead of rebuilding the O(m² n) vote field. Immutable: the arrays are never written after
/// construction, so many choosers (a forum's members, each in its own grain) may share it.
/// </summary>
public sealed class BdmPreparedRound
{
    private readonly int[] _slots;
    private readonly double[][] _outward;
    private readonly double[][] _inward;
    private readonly double[] _exponents;

    internal BdmPreparedRound(BdmSnapshot snapshot, RiskAssessment risk, double[] exponents, int[]? slots, double[][]? outward, double[][]? inward)
    {
        Snapshot = snapshot;
        Risk = risk;
        _exponents = exponents;
        CanMove = slots is not null;
        _slots = slots ?? new int[snapshot.Count];
        _outward = outward ?? [];
        _inward = inward ?? [];
    }

    public BdmSnapshot Snapshot { get; }

    public RiskAssessment Risk { get; }

    /// <summary>False when nobody can move this round (one actor, or every position alike): each actor stays.</summary>
    public bool CanMove { get; }

    /// <summary>What actor <paramref name="actor"/> needs to choose its move, sharing this round's arrays (nothing is copied).</summary>
    public BdmSeatRound Seat(int actor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(actor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(actor, Snapshot.Count);
        var slot = _slots[actor];
        return new BdmSeatRound(
            actor,
            Snapshot.PositionArray,
            Snapshot.SalienceArray,
            _slots,
            Snapshot.Range,
            Snapshot.Options.Variant,
            _exponents[actor],
            CanMove,
            CanMove ? _outward[slot] : [],
            CanMove ? _inward[slot] : []);
    }
}
