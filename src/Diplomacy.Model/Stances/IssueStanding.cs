namespace Diplomacy.Model.Stances;

/// <summary>
/// Where an actor stands on one issue now, and its anchor: its position before others' influence
/// (the seed, moved only by the actor's own decisions and by outside events). Friedkin–Johnsen
/// pulls back toward the anchor (MODELS.md §4).
/// </summary>
public sealed record IssueStanding(string Issue, double Position, double Anchor, double Salience)
{
    /// <summary>An actor's seeded stance: it stands at its seed, which is also its anchor.</summary>
    public static IssueStanding Seeded(string issue, double position, double salience) => new(issue, position, position, salience);

    /// <summary>
    /// An outside event sets the stance to <paramref name="set"/> or moves it by <paramref name="shift"/>
    /// (exactly one is given), clamped to the scale; the new position becomes the actor's own.
    /// </summary>
    public IssueStanding Shocked(double? set, double? shift)
    {
        if ((set is null) == (shift is null))
        {
            throw new ArgumentException("a shock sets a position or shifts it by an amount: exactly one of the two");
        }

        var target = Math.Clamp(set ?? Position + shift!.Value, World.Issue.Minimum, World.Issue.Maximum);
        return this with { Position = target, Anchor = target };
    }

    /// <summary>The actor's own decision (agreed terms, its forum move): position and anchor both move.</summary>
    public IssueStanding CommittedTo(double position) => this with { Position = position, Anchor = position };

    /// <summary>Others' influence moves the position; the anchor stays where the actor's own decisions left it.</summary>
    public IssueStanding PulledTo(double position) => this with { Position = position };
}
