namespace Diplomacy.Model.Dynamics;

/// <summary>
/// How far resolve and salience let a stance move without terms its actor accepted
/// (docs/models.md §5, "Resolve-bounded dynamics").
/// <para>
/// Firmness σ = resolve × salience: the share of a position the actor defends. Bueno de Mesquita's
/// 2011 model separates the two (salience is how much the issue matters, resolve how hard the
/// actor holds out rather than settle), and in it a proposal moves its target only when the shift
/// it asks for, relative to the range of positions, is within what the target's resolve allows.
/// Stokman and van Oosten's exchange model has actors give ground on issues of low salience for
/// gains on issues of high salience, so a firmly held position on an issue the actor hardly cares
/// about still moves: both factors must be high for the actor to stand firm.
/// </para>
/// <list type="bullet">
/// <item>A forum move is at most ½ (1 − σ) Δ in one sitting, Δ the forum's range of positions on
/// the issue (the model's own distance scale): the model's candidate beyond that is cut to it. The
/// ½ is the pace of Deffuant, Neau, Amblard and Weisbuch's bounded-confidence model (2000), in
/// which one encounter moves an agent at most halfway towards the other (μ ≤ ½); the expected-
/// utility model, which jumps to the other's position, knows no pace of its own.</item>
/// <item>Influence on the issue uses susceptibility λ(1 − σ): the multi-issue Friedkin–Johnsen model of
/// Parsegov, Proskurnikov, Tempo and Friedkin (2017) with independent issues runs one model per
/// issue, and each may have its own stubbornness.</item>
/// </list>
/// </summary>
public static class ResolveBound
{
    /// <summary>σ = resolve × salience, in [0, 1]: the share of its position the actor defends.</summary>
    public static double Firmness(double resolve, double salience)
    {
        CheckUnit(resolve, nameof(resolve));
        CheckUnit(salience, nameof(salience));
        return resolve * salience;
    }

    /// <summary>The most one encounter moves an actor towards another: halfway (Deffuant et al.'s μ ≤ ½).</summary>
    public const double Pace = 0.5;

    /// <summary>The largest forum move in one sitting: ½ (1 − σ) × <paramref name="range"/>.</summary>
    public static double MaxStep(double resolve, double salience, double range)
    {
        if (!(range >= 0) || !double.IsFinite(range))
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, "the range must be finite and non-negative");
        }

        return Pace * (1 - Firmness(resolve, salience)) * range;
    }

    /// <summary>
    /// The model's <paramref name="candidate"/> for an actor at <paramref name="position"/>, cut to
    /// at most <see cref="MaxStep"/> from where it stands. A move within the bound is kept exactly.
    /// </summary>
    public static BoundedMove Bound(double position, double candidate, double resolve, double salience, double range)
    {
        var step = MaxStep(resolve, salience, range);
        var wanted = candidate - position;
        return Math.Abs(wanted) <= step
            ? new BoundedMove(candidate, candidate, step, Held: false)
            : new BoundedMove(position + (Math.Sign(wanted) * step), candidate, step, Held: true);
    }

    /// <summary>Susceptibility to influence on one issue: λ × (1 − σ).</summary>
    public static double IssueSusceptibility(double susceptibility, double resolve, double salience)
    {
        CheckUnit(susceptibility, nameof(susceptibility));
        return susceptibility * (1 - Firmness(resolve, salience));
    }

    private static void CheckUnit(double value, string name)
    {
        if (!(value is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [0, 1]");
        }
    }
}
