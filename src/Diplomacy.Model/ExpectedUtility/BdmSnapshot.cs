namespace Diplomacy.Model.ExpectedUtility;

/// <summary>
/// The state a round starts from: the actors with their current positions, the range Δ of the
/// INITIAL positions (fixed for the whole run) and the run's options. Immutable, so the steps of
/// a distributed round can share it.
/// </summary>
public sealed class BdmSnapshot
{
    private readonly double[] _positions;
    private readonly double[] _saliences;
    private readonly double[] _weights;

    /// <summary>Starts a run: Δ is taken from these actors' positions.</summary>
    public BdmSnapshot(IReadOnlyList<BdmActor> actors, BdmOptions? options = null)
        : this(actors, InitialRange(actors), options)
    {
    }

    /// <summary>A round of a run in progress: <paramref name="range"/> is the run's Δ.</summary>
    public BdmSnapshot(IReadOnlyList<BdmActor> actors, double range, BdmOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (!double.IsFinite(range) || range < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, "the range must be finite and non-negative");
        }

        Actors = [.. actors];
        Range = range;
        Options = options ?? BdmOptions.Default;
        _positions = new double[actors.Count];
        _saliences = new double[actors.Count];
        _weights = new double[actors.Count];
        for (var i = 0; i < actors.Count; i++)
        {
            var actor = actors[i];
            Validate(actor);
            _positions[i] = actor.Position;
            _saliences[i] = actor.Salience;

            // c·s in this order: the replication multiplies capability by salience first.
            _weights[i] = actor.Capability * actor.Salience;
        }
    }

    public IReadOnlyList<BdmActor> Actors { get; }

    /// <summary>Δ: max − min of the initial positions.</summary>
    public double Range { get; }

    public BdmOptions Options { get; }

    public int Count => _positions.Length;

    internal ReadOnlySpan<double> Positions => _positions;

    internal ReadOnlySpan<double> Saliences => _saliences;

    // The arrays themselves, for a prepared round to share with its seats without copying.
    internal double[] PositionArray => _positions;

    internal double[] SalienceArray => _saliences;

    /// <summary>c_k s_k per actor: a voter's weight.</summary>
    internal ReadOnlySpan<double> Weights => _weights;

    /// <summary>max − min of the positions; 0 for an empty list.</summary>
    public static double InitialRange(IReadOnlyList<BdmActor> actors)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Count == 0)
        {
            return 0;
        }

        double max = actors[0].Position, min = actors[0].Position;
        foreach (var actor in actors)
        {
            max = Math.Max(max, actor.Position);
            min = Math.Min(min, actor.Position);
        }

        return max - min;
    }

    /// <summary>The same run one round later: same actors, Δ and options, new positions.</summary>
    public BdmSnapshot WithPositions(IReadOnlyList<double> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Count != Count)
        {
            throw new ArgumentException($"expected {Count} positions, got {positions.Count}", nameof(positions));
        }

        var moved = new BdmActor[Count];
        for (var i = 0; i < moved.Length; i++)
        {
            moved[i] = Actors[i] with { Position = positions[i] };
        }

        return new BdmSnapshot(moved, Range, Options);
    }

    private static void Validate(BdmActor actor)
    {
        if (!double.IsFinite(actor.Position))
        {
            throw new ArgumentException($"{actor.Name}: position must be a finite number", nameof(actor));
        }

        if (!double.IsFinite(actor.Capability) || actor.Capability < 0)
        {
            throw new ArgumentException($"{actor.Name}: capability must be finite and non-negative", nameof(actor));
        }

        if (!(actor.Salience >= 0 && actor.Salience <= 1))
        {
            throw new ArgumentException($"{actor.Name}: salience must be in [0, 1]", nameof(actor));
        }
    }
}
