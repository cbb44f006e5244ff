using Diplomacy.Model.World;

namespace Diplomacy.Model.Influence;

/// <summary>
/// Who listens to whom on one issue: the world's influence ties among the actors holding a
/// stance on it, and nothing else — every tie is written in the world file with its weight and
/// rationale (docs/world-format.md). The Friedkin–Johnsen model normalises the rows; an actor that
/// listens to no one listens to itself, so influence only pulls it back toward its own anchor.
/// </summary>
public static class InfluenceNetwork
{
    public static FriedkinJohnsen Build(IReadOnlyList<Actor> actors, IReadOnlyList<InfluenceTie> worldTies)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(worldTies);
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var ties = worldTies.Where(t => t.Listener != t.Speaker && ids.Contains(t.Listener) && ids.Contains(t.Speaker)).ToList();
        return FriedkinJohnsen.ForWorld(actors, ties);
    }
}

/// <summary>An actor someone listens to, and the weight of its voice in the listener's normalised row.</summary>
public sealed record Speaker(string Actor, double Weight);
