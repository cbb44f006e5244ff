using Diplomacy.Model.Dynamics;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Negotiation;

/// <summary>
/// A forum member's move: the expected-utility model's choice on a prepared round, cut to what its
/// resolve allows in one sitting under the resolve-bounded dynamics (<see cref="ResolveBound"/>),
/// then stopped at the member's red line. The model knows nothing of red lines, but an actor will
/// not take up a position it refuses outright in talks, so a candidate beyond the line becomes the
/// line's edge.
/// </summary>
public static class ForumMoveRule
{
    /// <param name="resolve">The member's resolve on the issue under the resolve-bounded dynamics; null for the faithful model.</param>
    public static HeldMove Choose(BdmSeatRound seat, RedLine? redLine, double? resolve = null)
    {
        ArgumentNullException.ThrowIfNull(seat);
        var move = ExpectedUtilityModel.ChooseMove(seat);
        var bounded = resolve is { } r && move.Kind != MoveKind.None
            ? ResolveBound.Bound(seat.Positions[seat.Seat], move.Candidate, r, seat.Saliences[seat.Seat], seat.Range)
            : null;
        var candidate = bounded?.Position ?? move.Candidate;
        var held = redLine is not null && move.Kind != MoveKind.None && !redLine.Allows(candidate);
        return new HeldMove(
            move with { Candidate = held ? redLine!.Clamp(candidate) : candidate },
            held ? candidate : null,
            bounded is { Held: true } ? bounded : null);
    }

    /// <summary>Everyone moves at once to their (held) candidates: the positions after the round, in seat order.</summary>
    public static double[] Apply(BdmPreparedRound round, IReadOnlyList<HeldMove> moves)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(moves);
        return [.. ExpectedUtilityModel.ApplyMoves(round.Snapshot, [.. moves.Select(m => m.Move)]).Actors.Select(a => a.Position)];
    }
}

/// <summary>
/// A member's move as it will be made: the model's <see cref="BdmMove"/> with its candidate cut by
/// resolve and stopped at the red line; <paramref name="BeyondRedLine"/>, the candidate past the line,
/// when the line bound; <paramref name="Resolve"/>, the bound, when resolve cut the model's move.
/// </summary>
public sealed record HeldMove(BdmMove Move, double? BeyondRedLine, BoundedMove? Resolve = null);
