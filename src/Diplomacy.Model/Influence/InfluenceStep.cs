using Diplomacy.Model.World;

namespace Diplomacy.Model.Influence;

/// <summary>
/// One Friedkin–Johnsen step on one issue among the actors holding a stance on it, with red lines
/// as hard limits: persuasion can no more carry an actor across its red line than a forum can.
/// </summary>
public static class InfluenceStep
{
    /// <summary>
    /// Each holder's pull, in holder order, for the holders whose position changes (an actor the
    /// step leaves where it is has no pull).
    /// </summary>
    /// <param name="positions">Where each holder stands now.</param>
    /// <param name="anchors">Each holder's anchor x(0).</param>
    /// <param name="redLines">Each holder's red line on the issue, or null.</param>
    public static IReadOnlyList<InfluencePull> Pull(
        FriedkinJohnsen network,
        IReadOnlyList<double> positions,
        IReadOnlyList<double> anchors,
        IReadOnlyList<RedLine?> redLines)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(redLines);
        var next = network.Step(positions, anchors);
        var pulls = new List<InfluencePull>();
        for (var i = 0; i < next.Length; i++)
        {
            double? beyond = null;
            if (redLines[i] is { } line && !line.Allows(next[i]))
            {
                beyond = next[i];
                next[i] = line.Clamp(next[i]);
            }

            if (next[i] != positions[i])
            {
                pulls.Add(new InfluencePull(i, positions[i], next[i], beyond, network.SpeakersOf(i)));
            }
        }

        return pulls;
    }
}

/// <summary>
/// How influence moves one holder: from <paramref name="Before"/> to <paramref name="After"/>;
/// <paramref name="BeyondRedLine"/> is where the step would have taken it when its red line held it
/// (null otherwise); <paramref name="Speakers"/> are whom it listens to, heaviest first (empty when
/// it only pulls back toward its own anchor).
/// </summary>
public sealed record InfluencePull(int Holder, double Before, double After, double? BeyondRedLine, IReadOnlyList<Speaker> Speakers);
