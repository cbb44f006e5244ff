using Diplomacy.Model.Dynamics;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Stances;

/// <summary>
/// Where an actor stands on one issue now, and its anchor: its position before others' influence
/// (the seed, moved only by the actor's own decisions and by outside events). Friedkin–Johnsen
/// pulls back toward the anchor (MODELS.md §4). <paramref name="RedLineBroken"/> is true once an
/// outside event broke the actor's red line on the issue: the line binds it no more.
/// </summary>
public sealed record IssueStanding(string Issue, double Position, double Anchor, double Salience, bool RedLineBroken = false)
{
    /// <summary>An actor's seeded stance: it stands at its seed, which is also its anchor.</summary>
    public static IssueStanding Seeded(string issue, double position, double salience) => new(issue, position, position, salience);

    /// <summary>
    /// An outside event sets the stance to <paramref name="set"/> or moves it by <paramref name="shift"/>
    /// (exactly one is given) by <see cref="ShockRule"/>: clamped to the scale, stopped at the red line
    /// unless the event breaks it. The new position becomes the actor's own.
    /// </summary>
    /// <param name="redLine">The actor's red line on the issue as seeded, or null (a broken one is ignored).</param>
    public ShockedStanding Shocked(double? set, double? shift, RedLine? redLine = null, bool breaksRedLine = false)
    {
        var outcome = ShockRule.Apply(Position, set, shift, Binding(redLine), breaksRedLine);
        var standing = this with
        {
            Position = outcome.Position,
            Anchor = outcome.Position,
            RedLineBroken = RedLineBroken || outcome.Effect == ShockEffect.BrokeRedLine,
        };
        return new ShockedStanding(standing, outcome);
    }

    /// <summary>The seeded <paramref name="redLine"/> if it still binds the actor, null once broken.</summary>
    public RedLine? Binding(RedLine? redLine) => RedLineBroken ? null : redLine;

    /// <summary>The actor's own decision (agreed terms, its forum move): position and anchor both move.</summary>
    public IssueStanding CommittedTo(double position) => this with { Position = position, Anchor = position };

    /// <summary>Others' influence moves the position; the anchor stays where the actor's own decisions left it.</summary>
    public IssueStanding PulledTo(double position) => this with { Position = position };
}

/// <summary>A stance after an outside event, and what the event did (<see cref="ShockRule"/>).</summary>
public sealed record ShockedStanding(IssueStanding Standing, ShockOutcome Outcome);
