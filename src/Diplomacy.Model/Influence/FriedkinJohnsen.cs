using Diplomacy.Model.World;

namespace Diplomacy.Model.Influence;

/// <summary>
/// Friedkin–Johnsen opinion dynamics on one issue (MODELS.md §4):
/// x(t+1) = Λ W x(t) + (I − Λ) x(0). W is built from weighted ties, summed per
/// (listener, speaker) and normalised per row; an actor nobody speaks to listens to itself.
/// Λ is the diagonal of susceptibilities; when every susceptibility is 1 this is DeGroot's averaging.
/// </summary>
public sealed class FriedkinJohnsen
{
    private readonly double[] _susceptibility;

    // _influence[listener, speaker], rows summing to 1.
    private readonly double[,] _influence;

    // Whom each listener hears, worked out the first time it is asked for: the matrix never
    // changes, and influence asks for the same listeners every round of a run.
    private readonly IReadOnlyList<Speaker>?[] _speakers;

    /// <param name="actors">Actor ids in the order every vector uses.</param>
    /// <param name="susceptibilities">λ_i in [0, 1] per actor: 0 never moves, 1 forgets its start.</param>
    /// <param name="ties">Who listens to whom, with non-negative weights; ids must be among <paramref name="actors"/>.</param>
    public FriedkinJohnsen(IReadOnlyList<string> actors, IReadOnlyList<double> susceptibilities, IReadOnlyList<InfluenceTie> ties)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(susceptibilities);
        ArgumentNullException.ThrowIfNull(ties);
        if (susceptibilities.Count != actors.Count)
        {
            throw new ArgumentException($"expected {actors.Count} susceptibilities, got {susceptibilities.Count}", nameof(susceptibilities));
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            if (!index.TryAdd(actors[i], i))
            {
                throw new ArgumentException($"actor '{actors[i]}' is listed twice", nameof(actors));
            }

            if (!(susceptibilities[i] is >= 0 and <= 1))
            {
                throw new ArgumentException($"{actors[i]}: susceptibility must be in [0, 1]", nameof(susceptibilities));
            }
        }

        Actors = [.. actors];
        _susceptibility = [.. susceptibilities];
        var n = actors.Count;
        _speakers = new IReadOnlyList<Speaker>?[n];
        _influence = new double[n, n];
        foreach (var tie in ties)
        {
            if (!index.TryGetValue(tie.Listener, out var listener) || !index.TryGetValue(tie.Speaker, out var speaker))
            {
                throw new ArgumentException($"tie {tie.Listener} <- {tie.Speaker} names an unknown actor", nameof(ties));
            }

            if (!(tie.Weight >= 0) || !double.IsFinite(tie.Weight))
            {
                throw new ArgumentException($"tie {tie.Listener} <- {tie.Speaker}: weight must be finite and non-negative", nameof(ties));
            }

            _influence[listener, speaker] += tie.Weight;
        }

        for (var i = 0; i < n; i++)
        {
            var total = 0.0;
            for (var j = 0; j < n; j++)
            {
                total += _influence[i, j];
            }

            if (total == 0)
            {
                _influence[i, i] = 1;
                continue;
            }

            for (var j = 0; j < n; j++)
            {
                _influence[i, j] /= total;
            }
        }
    }

    /// <summary>The model for a world's actors, with their susceptibilities and the world's ties.</summary>
    public static FriedkinJohnsen ForWorld(IReadOnlyList<Actor> actors, IReadOnlyList<InfluenceTie> ties)
    {
        ArgumentNullException.ThrowIfNull(actors);
        return new FriedkinJohnsen([.. actors.Select(a => a.Id)], [.. actors.Select(a => a.Susceptibility)], ties);
    }

    public IReadOnlyList<string> Actors { get; }

    /// <summary>W[listener, speaker]: the row-normalised influence matrix.</summary>
    public double Influence(int listener, int speaker) => _influence[listener, speaker];

    /// <summary>Whom actor <paramref name="listener"/> listens to, heaviest first then in actor order.</summary>
    public IReadOnlyList<Speaker> SpeakersOf(int listener)
    {
        // Two threads may both fill an empty slot; they write equal lists, so either is fine.
        return _speakers[listener] ??= [.. Enumerable.Range(0, Actors.Count)
            .Where(j => j != listener && _influence[listener, j] > 0)
            .OrderByDescending(j => _influence[listener, j])
            .ThenBy(j => j)
            .Select(j => new Speaker(Actors[j], _influence[listener, j]))];
    }

    /// <summary>One step: x(t+1)_i = λ_i Σ_j W_ij x(t)_j + (1 − λ_i) x(0)_i.</summary>
    public double[] Step(IReadOnlyList<double> current, IReadOnlyList<double> initial)
    {
        CheckLength(current, nameof(current));
        CheckLength(initial, nameof(initial));
        var n = _susceptibility.Length;
        var next = new double[n];
        for (var i = 0; i < n; i++)
        {
            var heard = 0.0;
            for (var j = 0; j < n; j++)
            {
                heard += _influence[i, j] * current[j];
            }

            next[i] = (_susceptibility[i] * heard) + ((1 - _susceptibility[i]) * initial[i]);
        }

        return next;
    }

    /// <summary>
    /// The limit (I − ΛW)⁻¹ (I − Λ) x(0), solved directly. Null when I − ΛW is singular — a
    /// group that nobody stubborn listens to (pure DeGroot): its limit depends on the path, so
    /// iterate <see cref="Step"/> instead.
    /// </summary>
    public double[]? FixedPoint(IReadOnlyList<double> initial)
    {
        CheckLength(initial, nameof(initial));
        var n = _susceptibility.Length;
        var matrix = new double[n, n];
        var anchored = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                matrix[i, j] = (i == j ? 1 : 0) - (_susceptibility[i] * _influence[i, j]);
            }

            anchored[i] = (1 - _susceptibility[i]) * initial[i];
        }

        return LinearSystem.Solve(matrix, anchored);
    }

    private void CheckLength(IReadOnlyList<double> vector, string name)
    {
        ArgumentNullException.ThrowIfNull(vector, name);
        if (vector.Count != _susceptibility.Length)
        {
            throw new ArgumentException($"expected {_susceptibility.Length} values, got {vector.Count}", name);
        }
    }
}
