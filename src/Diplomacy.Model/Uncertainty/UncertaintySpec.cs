using Diplomacy.Model.World;

namespace Diplomacy.Model.Uncertainty;

/// <summary>
/// How unsure the world's positions are, by how they are known: each position in play is drawn
/// around its seeded value with this standard deviation, in points of the 0–100 scale
/// (docs/uncertainty.md). A stance the article states is pinned down more tightly than one it
/// implies, and one we assumed is the least certain of all.
/// </summary>
public sealed record UncertaintySpec(double Stated, double Implied, double Assumed)
{
    /// <summary>The largest spread accepted: a whole scale.</summary>
    public const double MaxSpread = 100;

    /// <summary>The defaults of <c>uncertainty: from-confidence</c>: 2, 5 and 10 points.</summary>
    public static UncertaintySpec FromConfidence { get; } = new(2, 5, 10);

    /// <summary>The confidences a spread applies to, in the order docs and settings list them. A draft is not among them: a world holding drafts never runs.</summary>
    public static IReadOnlyList<Confidence> Confidences { get; } = [Confidence.Stated, Confidence.Implied, Confidence.Assumed];

    public double SpreadOf(Confidence confidence) => confidence switch
    {
        Confidence.Stated => Stated,
        Confidence.Implied => Implied,
        Confidence.Assumed => Assumed,
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "unknown confidence"),
    };

    /// <summary>The same spec with one confidence's spread changed (a sweep parameter such as <c>uncertainty.assumed</c>).</summary>
    public UncertaintySpec With(Confidence confidence, double spread) => confidence switch
    {
        Confidence.Stated => this with { Stated = spread },
        Confidence.Implied => this with { Implied = spread },
        Confidence.Assumed => this with { Assumed = spread },
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "unknown confidence"),
    };
}
