namespace Diplomacy.Model.ExpectedUtility;

/// <summary>A round prepared once and chosen seat by seat: what a forum of many members uses.</summary>
public static partial class ExpectedUtilityModel
{
    /// <summary>
    /// Steps (a) and the shared part of (b), done once for every actor: the risk exponents and, per
    /// distinct position, the probabilities every actor's choice reads. Then each actor's
    /// <see cref="ChooseMove(BdmSeatRound)"/> costs O(n). Bit-identical to <see cref="PlayRound"/>,
    /// which is built on it.
    /// </summary>
    public static BdmPreparedRound PrepareRound(BdmSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var risk = AssessRisk(snapshot, out var field);
        var exponents = new double[snapshot.Count];
        for (var i = 0; i < exponents.Length; i++)
        {
            exponents[i] = risk.Exponents[i];
        }

        if (field is null)
        {
            return new BdmPreparedRound(snapshot, risk, exponents, null, null, null);
        }

        var m = field.ValueCount;
        var votes = field.VotesForAll();
        var probabilities = new Probabilities(snapshot.Options.Variant, risk.VoteTotal);
        var outwardBySlot = new double[m][];
        var inwardBySlot = new double[m][];
        for (var a = 0; a < m; a++)
        {
            outwardBySlot[a] = new double[m];
            inwardBySlot[a] = new double[m];
            for (var b = 0; b < m; b++)
            {
                if (a != b)
                {
                    outwardBySlot[a][b] = probabilities.Of(votes[(a * m) + b], votes[(b * m) + a]);
                    inwardBySlot[a][b] = probabilities.Of(votes[(b * m) + a], votes[(a * m) + b]);
                }
            }
        }

        return new BdmPreparedRound(snapshot, risk, exponents, field.Slots.ToArray(), outwardBySlot, inwardBySlot);
    }

    /// <summary>Step (b) on a prepared round: the offer the seat's actor takes, in O(n).</summary>
    public static BdmMove ChooseMove(BdmSeatRound seat)
    {
        ArgumentNullException.ThrowIfNull(seat);
        return seat.CanMove
            ? ChooseMove(seat.Positions, seat.Saliences, seat.Range, seat.Variant, seat.Exponent, seat.Seat, seat.Slots, seat.Outward, seat.Inward)
            : BdmMove.Stay(seat.Seat, seat.Positions[seat.Seat]);
    }
}
