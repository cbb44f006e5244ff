using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Negotiation;

/// <summary>
/// A forum member's move: the expected-utility model's choice on a prepared round, stopped at the
/// member's red line. The model knows nothing of red lines, but an actor will not take up a position
/// it refuses outright in talks, so a candidate beyond the line becomes the line's edge.
/// </summary>
public static class ForumMoveRule
{
    public static HeldMove Choose(BdmSeatRound seat, RedLine? redLine)
    {
        var move = ExpectedUtilityModel.ChooseMove(seat);
        var held = redLine is not null && move.Kind != MoveKind.None && !redLine.Allows(move.Candidate);
        return held
            ? new HeldMove(move with { Candidate = redLine!.Clamp(move.Candidate) }, move.Candidate)
            : new HeldMove(move, null);
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
/// A member's move as it will be made: the model's <see cref="BdmMove"/> with its candidate stopped at
/// the red line, and <paramref name="BeyondRedLine"/>, the model's own candidate, when the line bound.
/// </summary>
public sealed record HeldMove(BdmMove Move, double? BeyondRedLine);
