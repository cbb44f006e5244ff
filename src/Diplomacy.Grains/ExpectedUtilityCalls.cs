using Diplomacy.Contracts.Messages;
using Diplomacy.Model.Dynamics;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.World;

namespace Diplomacy.Grains;

/// <summary>
/// The seam between forum messages and the expected-utility model's three steps (risk, one
/// actor's move, all moves at once). Translation only: every number is the model's.
/// </summary>
internal static class ExpectedUtilityCalls
{
    public static IssueSnapshot WithRisk(IssueSnapshot snapshot)
    {
        var risk = ExpectedUtilityModel.AssessRisk(ToModel(snapshot));
        return snapshot with { RiskExponents = [.. risk.Exponents], VoteTotal = risk.VoteTotal };
    }

    /// <summary>
    /// The model's move for the actor in <paramref name="seat"/>, cut to what its resolve allows in
    /// one sitting when <paramref name="resolve"/> is given (the resolve-bounded dynamics), then
    /// stopped at its red line: the expected-utility model knows nothing of red lines, but an actor
    /// will not take up a position it refuses outright in talks, so a candidate beyond the line
    /// becomes the line's edge.
    /// </summary>
    /// <param name="resolve">The actor's resolve on the issue, or null for the faithful model.</param>
    public static MoveChoice ChooseMove(IssueSnapshot snapshot, int seat, RedLine? redLine, double? resolve = null)
    {
        var move = ExpectedUtilityModel.ChooseMove(ToModel(snapshot), RiskOf(snapshot), seat);
        var candidate = move.Candidate;

        // fidelity (issue 10): the resolve bound, a pure rule of the model (Diplomacy.Model.Dynamics).
        var bounded = resolve is { } r && move.Kind != MoveKind.None
            ? ResolveBound.Bound(snapshot.Positions[seat], candidate, r, snapshot.Saliences[seat], snapshot.Range)
            : null;
        candidate = bounded?.Position ?? candidate;

        var held = redLine is not null && move.Kind != MoveKind.None && !redLine.Allows(candidate);
        return new MoveChoice(
            KindName(move.Kind),
            move.Target,
            held ? redLine!.Clamp(candidate) : candidate,
            double.IsNaN(move.EuChallenge) ? null : move.EuChallenge,
            double.IsNaN(move.EuChallenged) ? null : move.EuChallenged,
            held ? candidate : null,
            bounded is { Held: true } ? bounded.ModelCandidate : null,
            bounded is { Held: true } ? bounded.MaxStep : null);
    }

    public static double[] ApplyMoves(IssueSnapshot snapshot, IReadOnlyList<MoveChoice> choices)
    {
        var moves = choices.Select((c, seat) => new BdmMove(
            seat,
            Enum.Parse<MoveKind>(c.Kind, ignoreCase: true),
            c.TowardsIndex,
            c.ExpectedUtilityOfChallenging ?? double.NaN,
            c.ExpectedUtilityOfBeingChallenged ?? double.NaN,
            c.Candidate)).ToList();
        var next = ExpectedUtilityModel.ApplyMoves(ToModel(snapshot), moves);
        return [.. next.Actors.Select(a => a.Position)];
    }

    public static BdmVariant VariantOf(string name) => name switch
    {
        "bdm" => BdmVariant.Paper,
        "bdm-scholz" => BdmVariant.Scholz,
        _ => throw new ArgumentException($"unknown expected-utility variant '{name}' (expected bdm or bdm-scholz)", nameof(name)),
    };

    public static string KindName(MoveKind kind) => kind.ToString().ToLowerInvariant();

    private static BdmSnapshot ToModel(IssueSnapshot snapshot) => new(
        [.. snapshot.Actors.Select((actor, seat) => new BdmActor(actor, snapshot.Capabilities[seat], snapshot.Positions[seat], snapshot.Saliences[seat]))],
        snapshot.Range,
        new BdmOptions(VariantOf(snapshot.Variant)));

    private static RiskAssessment RiskOf(IssueSnapshot snapshot) => new(snapshot.RiskExponents, snapshot.VoteTotal);
}
