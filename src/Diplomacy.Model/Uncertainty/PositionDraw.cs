using System.Globalization;
using Diplomacy.Model.Randomness;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Uncertainty;

/// <summary>
/// One uncertain position, drawn (docs/uncertainty.md): mean at the seeded value, standard
/// deviation the spread, kept inside the issue's scale and the actor's red line by drawing again,
/// from the stream <c>position/SEED/ACTOR/ISSUE</c> so that each stance's draw depends on nothing
/// but its own key.
/// </summary>
public static class PositionDraw
{
    /// <summary>Draws made before giving up on landing inside the allowed range; the position then keeps its seeded value.</summary>
    public const int MaxAttempts = 100;

    public static double Draw(Stance stance, double spread, int seed)
    {
        ArgumentNullException.ThrowIfNull(stance);
        if (spread <= 0)
        {
            return stance.Position;
        }

        var low = Math.Max(Issue.Minimum, stance.RedLine?.Minimum ?? Issue.Minimum);
        var high = Math.Min(Issue.Maximum, stance.RedLine?.Maximum ?? Issue.Maximum);
        var stream = Xoshiro256StarStar.ForKey(StreamKey(seed, stance.Actor, stance.Issue));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var position = stance.Position + (spread * stream.NextStandardNormal());
            if (position >= low && position <= high)
            {
                // -0 and +0 are the same position; only one of them may reach the outputs.
                return position == 0 ? 0 : position;
            }
        }

        return stance.Position;
    }

    public static string StreamKey(int seed, string actor, string issue) =>
        string.Create(CultureInfo.InvariantCulture, $"position/{seed}/{actor}/{issue}");
}
