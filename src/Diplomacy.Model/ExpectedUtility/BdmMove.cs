namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// The offer an actor takes in one round, judged from its own point of view.
/// </summary>
/// <param name="Actor">Index of the moving actor, in input order.</param>
/// <param name="Kind">What it does; <see cref="MoveKind.None"/> when it stays.</param>
/// <param name="Target">Index of the actor whose offer it takes, or -1 when it stays.</param>
/// <param name="EuChallenge">e_ij: the actor's expected utility of challenging the target (NaN when it stays).</param>
/// <param name="EuChallenged">e_ji: the target's expected utility of challenging the actor, as the actor sees it (NaN when it stays).</param>
/// <param name="Candidate">The position the actor moves to (its current position when it stays).</param>
public sealed record BdmMove(int Actor, MoveKind Kind, int Target, double EuChallenge, double EuChallenged, double Candidate)
{
    public static BdmMove Stay(int actor, double position) =>
        new(actor, MoveKind.None, -1, double.NaN, double.NaN, position);
}
