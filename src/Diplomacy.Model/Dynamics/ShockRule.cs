using Diplomacy.Model.World;

namespace Diplomacy.Model.Dynamics;

/// <summary>
/// An outside event on one stance: set it to a position or shift it by an amount, on the 0–100
/// scale. A red line is never crossed silently: a shock the scenario declares to break the line
/// crosses it (and the line no longer binds); any other stops at the line's edge, and the outcome
/// says so, so that the trace can.
/// </summary>
public static class ShockRule
{
    /// <param name="current">Where the stance stands now.</param>
    /// <param name="set">The position to put it at, or null.</param>
    /// <param name="shift">The amount to move it by, or null (exactly one of set and shift is given).</param>
    /// <param name="redLine">The actor's red line on the issue, or null.</param>
    /// <param name="breaksRedLine">True when the scenario says the shock breaks the red line.</param>
    public static ShockOutcome Apply(double current, double? set, double? shift, RedLine? redLine, bool breaksRedLine)
    {
        if (set is null == shift is null)
        {
            throw new ArgumentException("a shock gives exactly one of set and shift");
        }

        var requested = Math.Clamp(set ?? current + shift!.Value, Issue.Minimum, Issue.Maximum);
        if (redLine is null || redLine.Allows(requested))
        {
            return new ShockOutcome(requested, requested, ShockEffect.Inside);
        }

        return breaksRedLine
            ? new ShockOutcome(requested, requested, ShockEffect.BrokeRedLine)
            : new ShockOutcome(redLine.Clamp(requested), requested, ShockEffect.StoppedAtRedLine);
    }
}

/// <summary>What a shock did to a stance.</summary>
/// <param name="Position">Where the stance ends.</param>
/// <param name="Requested">Where the shock asked it to go (clamped to the scale).</param>
public sealed record ShockOutcome(double Position, double Requested, ShockEffect Effect);

/// <summary>How a shock met the actor's red line.</summary>
public enum ShockEffect
{
    /// <summary>The new position is inside the red line, or there is none.</summary>
    Inside,

    /// <summary>The shock would have crossed the line and stopped at its edge.</summary>
    StoppedAtRedLine,

    /// <summary>The scenario declared that the shock breaks the line: it crossed, and the line no longer binds.</summary>
    BrokeRedLine,
}
