namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// Bueno de Mesquita's expected-utility model of group decisions, one issue at a time
/// (MODELS.md §1). Pure and deterministic: the same snapshot always gives the same bits,
/// whatever the thread count.
/// </summary>
/// <remarks>
/// A round is three steps, which a distributed caller may run apart:
/// <list type="number">
/// <item><see cref="AssessRisk"/> (global): risk exponents from a snapshot;</item>
/// <item><see cref="ChooseMove"/> (per actor, independent): the offer actor i takes;</item>
/// <item><see cref="ApplyMoves"/> (global): everyone moves at once.</item>
/// </list>
/// <see cref="PrepareRound"/> does (a) and the work every (b) shares once, so that each actor's
/// choice on a prepared round (<see cref="ChooseMove(BdmSeatRound)"/>) is O(n); <see cref="PlayRound"/>
/// is built on the two, and every way of splitting a round gives bit-identical results. Cost per round: O(m² n) for n actors holding m distinct positions,
/// plus the Scholz denominator (O(n³) serial in input order, O(n² log n) sorted).
/// </remarks>
public static partial class ExpectedUtilityModel
{
    /// <summary>Step (a): every actor's risk exponent for this round, from dangers computed with every exponent 1.</summary>
    public static RiskAssessment AssessRisk(BdmSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return AssessRisk(snapshot, out _);
    }

    /// <summary>
    /// Step (b): the offer actor <paramref name="actor"/> takes, judged from its own point of view
    /// with the exponents of <paramref name="risk"/>. Independent of every other actor's step.
    /// </summary>
    public static BdmMove ChooseMove(BdmSnapshot snapshot, RiskAssessment risk, int actor)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentOutOfRangeException.ThrowIfNegative(actor);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(actor, snapshot.Count);
        CheckExponents(snapshot, risk);
        if (!CanMove(snapshot))
        {
            return BdmMove.Stay(actor, snapshot.Positions[actor]);
        }

        var field = new VoteField(snapshot, risk.Exponents);
        var probabilities = new Probabilities(snapshot.Options.Variant, risk.VoteTotal);
        var own = field.Slots[actor];
        var outward = new double[field.ValueCount];
        var inward = new double[field.ValueCount];
        for (var v = 0; v < field.ValueCount; v++)
        {
            if (v == own)
            {
                continue;
            }

            var votesFor = field.VotesFor(own, v);
            var votesAgainst = field.VotesFor(v, own);
            outward[v] = probabilities.Of(votesFor, votesAgainst);
            inward[v] = probabilities.Of(votesAgainst, votesFor);
        }

        return ChooseMove(
            snapshot.PositionArray, snapshot.SalienceArray, snapshot.Range, snapshot.Options.Variant, risk.Exponents[actor], actor, field.Slots, outward, inward);
    }

    /// <summary>Step (c): everyone moves to its chosen candidate at once; Δ and options carry over.</summary>
    public static BdmSnapshot ApplyMoves(BdmSnapshot snapshot, IReadOnlyList<BdmMove> moves)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.WithPositions(NextPositions(snapshot, moves));
    }

    /// <summary>A whole round: the three steps at once, with the work they share done once.</summary>
    public static BdmRound PlayRound(BdmSnapshot snapshot)
    {
        var prepared = PrepareRound(snapshot);
        var moves = new BdmMove[snapshot.Count];
        for (var i = 0; i < moves.Length; i++)
        {
            moves[i] = ChooseMove(prepared.Seat(i));
        }

        var positions = NextPositions(snapshot, moves);
        return new BdmRound(positions, moves, prepared.Risk.Exponents, Median(positions, snapshot), Mean(positions, snapshot));
    }

    /// <summary>Runs <paramref name="rounds"/> rounds from the actors' positions; Δ is fixed from them.</summary>
    public static IReadOnlyList<BdmRound> Forecast(IReadOnlyList<BdmActor> actors, int rounds, BdmOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rounds);
        var snapshot = new BdmSnapshot(actors, options);
        var results = new List<BdmRound>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var result = PlayRound(snapshot);
            results.Add(result);
            snapshot = snapshot.WithPositions(result.Positions);
        }

        return results;
    }

    /// <summary>
    /// (e_ij, e_ji) from actor i's point of view with the given exponents: i's expected utility
    /// of challenging j, and j's of challenging i. What BDM's charts plot.
    /// </summary>
    public static (double EuChallenge, double EuChallenged) Evaluate(BdmSnapshot snapshot, RiskAssessment risk, int i, int j)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(risk);
        CheckExponents(snapshot, risk);
        if (!CanMove(snapshot) || snapshot.Positions[i] == snapshot.Positions[j])
        {
            return (0, 0);
        }

        var field = new VoteField(snapshot, risk.Exponents);
        var probabilities = new Probabilities(snapshot.Options.Variant, risk.VoteTotal);
        var votesFor = field.VotesFor(field.Slots[i], field.Slots[j]);
        var votesAgainst = field.VotesFor(field.Slots[j], field.Slots[i]);
        var utilities = new Utilities(Math.Abs(snapshot.Positions[i] - snapshot.Positions[j]), snapshot.Range, risk.Exponents[i]);
        return (
            utilities.ExpectedUtility(probabilities.Of(votesFor, votesAgainst), snapshot.Saliences[j]),
            utilities.ExpectedUtility(probabilities.Of(votesAgainst, votesFor), snapshot.Saliences[i]));
    }

    /// <summary>
    /// The median voter position: walk the held positions in input order and let p replace the
    /// incumbent m whenever Σ_k c_k s_k (|x_k − m| − |x_k − p|)/Δ &gt; 0.
    /// </summary>
    public static double Median(BdmSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Median(snapshot.Positions.ToArray(), snapshot);
    }

    /// <summary>Σ c_k s_k x_k / Σ c_k s_k; NaN when every weight is zero.</summary>
    public static double Mean(BdmSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Mean(snapshot.Positions.ToArray(), snapshot);
    }

    private static RiskAssessment AssessRisk(BdmSnapshot snapshot, out VoteField? field)
    {
        var n = snapshot.Count;
        var exponents = new double[n];
        for (var i = 0; i < n; i++)
        {
            exponents[i] = 1.0;
        }

        field = null;
        if (!CanMove(snapshot))
        {
            return new RiskAssessment(exponents, double.NaN);
        }

        var variant = snapshot.Options.Variant;
        var neutral = new VoteField(snapshot, null);
        var m = neutral.ValueCount;
        var votes = neutral.VotesForAll();
        var probabilities = new Probabilities(variant, variant == BdmVariant.Scholz ? neutral.AllPairsTotal() : double.NaN);
        var positions = snapshot.Positions;
        var saliences = snapshot.Saliences;
        var dangers = new double[n];
        for (var i = 0; i < n; i++)
        {
            // D_i = Σ_{j≠i} EU_i(j→i) with every exponent 1.
            var own = neutral.Slots[i];
            var danger = 0.0;
            for (var j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var other = neutral.Slots[j];
                var p = other == own ? 0.0 : probabilities.Of(votes[(other * m) + own], votes[(own * m) + other]);
                danger += new Utilities(Math.Abs(positions[j] - positions[i]), snapshot.Range, 1.0).ExpectedUtility(p, saliences[i]);
            }

            dangers[i] = danger;
        }

        double maxDanger = dangers[0], minDanger = dangers[0];
        foreach (var danger in dangers)
        {
            maxDanger = Math.Max(maxDanger, danger);
            minDanger = Math.Min(minDanger, danger);
        }

        if (maxDanger != minDanger)
        {
            for (var i = 0; i < n; i++)
            {
                var acceptance = (2 * dangers[i] - maxDanger - minDanger) / (maxDanger - minDanger);

                // Clamped because 2·D_min − D_max − D_min can round below −(D_max − D_min): the
                // replication then gives r = 2.0000000000000009. Nothing else changes a bit.
                exponents[i] = Math.Clamp((1 - (acceptance / 3.0)) / (1 + (acceptance / 3.0)), 0.5, 2.0);
            }
        }

        field = new VoteField(snapshot, exponents);
        var total = variant == BdmVariant.Scholz ? field.AllPairsTotal() : double.NaN;
        return new RiskAssessment(exponents, total);
    }

    private static BdmMove ChooseMove(
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> saliences,
        double range,
        BdmVariant variant,
        double exponent,
        int i,
        ReadOnlySpan<int> slots,
        double[] outward,
        double[] inward)
    {
        var x = positions[i];
        BdmMove? confront = null, compromise = null, capitulate = null;
        double confrontKey = 0, compromiseKey = 0, capitulateKey = 0;
        for (var j = 0; j < positions.Length; j++)
        {
            var target = positions[j];
            if (target == x)
            {
                continue;
            }

            var utilities = new Utilities(Math.Abs(x - target), range, exponent);
            var eij = utilities.ExpectedUtility(outward[slots[j]], saliences[j]);
            var eji = utilities.ExpectedUtility(inward[slots[j]], saliences[i]);
            var distance = Math.Abs(x - target);

            // Strict "<" keeps the earliest j in input order on ties.
            if (eji > eij && eij > 0)
            {
                if (confront is null || distance < confrontKey)
                {
                    confront = new BdmMove(i, MoveKind.Confront, j, eij, eji, target);
                    confrontKey = distance;
                }
            }
            else if (eji > 0 && 0 > eij && eji > Math.Abs(eij))
            {
                // Scholz's rule: the key only selects; the actor moves to the offer's candidate.
                var key = ((Math.Abs(eij) * x) + (Math.Abs(eji) * target)) / (Math.Abs(eij) + Math.Abs(eji));
                if (compromise is null || key < compromiseKey)
                {
                    compromise = new BdmMove(i, MoveKind.Compromise, j, eij, eji, x + ((target - x) * Math.Abs(eij / eji)));
                    compromiseKey = key;
                }
            }
            else if (variant == BdmVariant.Paper && eji > 0 && 0 > eij && eji < Math.Abs(eij))
            {
                if (capitulate is null || distance < capitulateKey)
                {
                    capitulate = new BdmMove(i, MoveKind.Capitulate, j, eij, eji, target);
                    capitulateKey = distance;
                }
            }
        }

        return confront ?? compromise ?? capitulate ?? BdmMove.Stay(i, x);
    }

    private static double[] NextPositions(BdmSnapshot snapshot, IReadOnlyList<BdmMove> moves)
    {
        ArgumentNullException.ThrowIfNull(moves);
        if (moves.Count != snapshot.Count)
        {
            throw new ArgumentException($"expected {snapshot.Count} moves, got {moves.Count}", nameof(moves));
        }

        var positions = snapshot.Positions.ToArray();
        for (var i = 0; i < moves.Count; i++)
        {
            if (moves[i].Actor != i)
            {
                throw new ArgumentException($"move {i} belongs to actor {moves[i].Actor}", nameof(moves));
            }

            if (moves[i].Kind != MoveKind.None)
            {
                positions[i] = moves[i].Candidate;
            }
        }

        return positions;
    }

    private static double Median(double[] positions, BdmSnapshot snapshot)
    {
        if (positions.Length == 0)
        {
            return double.NaN;
        }

        var weights = snapshot.Weights;
        var range = snapshot.Range;
        var median = positions[0];
        for (var c = 1; c < positions.Length; c++)
        {
            // Each held position is tried once, where it first appears.
            var candidate = positions[c];
            if (VoteField.IndexOf(positions.AsSpan(0, c), candidate) >= 0)
            {
                continue;
            }

            var votes = 0.0;
            for (var k = 0; k < positions.Length; k++)
            {
                votes += weights[k] * ((Math.Abs(positions[k] - median) / range) - (Math.Abs(positions[k] - candidate) / range));
            }

            if (votes > 0)
            {
                median = candidate;
            }
        }

        return median;
    }

    private static double Mean(double[] positions, BdmSnapshot snapshot)
    {
        var weights = snapshot.Weights;
        double weighted = 0, total = 0;
        for (var k = 0; k < positions.Length; k++)
        {
            weighted += weights[k] * positions[k];
            total += weights[k];
        }

        return weighted / total;
    }

    private static bool CanMove(BdmSnapshot snapshot) => snapshot.Range > 0 && snapshot.Count > 1;

    private static void CheckExponents(BdmSnapshot snapshot, RiskAssessment risk)
    {
        if (risk.Exponents.Count != snapshot.Count)
        {
            throw new ArgumentException($"expected {snapshot.Count} exponents, got {risk.Exponents.Count}", nameof(risk));
        }
    }
}
