namespace Diplomacy.Model.World;

/// <summary>
/// The positions an actor will accept at all on an issue: an offer outside [Minimum, Maximum]
/// is refused outright, whatever it gives on other issues.
/// </summary>
public sealed record RedLine(double Minimum, double Maximum)
{
    /// <summary>The article's words that draw the line, when it gives them.</summary>
    public string? Quote { get; init; }

    public bool Allows(double position) => position >= Minimum && position <= Maximum;

    /// <summary>The allowed position nearest <paramref name="position"/>: a move toward a forbidden one stops at the line.</summary>
    public double Clamp(double position) => Math.Clamp(position, Minimum, Maximum);
}
