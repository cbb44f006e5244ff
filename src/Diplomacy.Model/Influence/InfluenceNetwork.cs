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

    /// <summary>Whom actor <paramref name="listener"/> listens to, heaviest first then in actor order.</summary>
    public static IReadOnlyList<Speaker> SpeakersOf(this FriedkinJohnsen model, int listener)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. Enumerable.Range(0, model.Actors.Count)
            .Where(j => j != listener && model.Influence(listener, j) > 0)
            .OrderByDescending(j => model.Influence(listener, j))
            .ThenBy(j => j)
            .Select(j => new Speaker(model.Actors[j], model.Influence(listener, j)))];
    }
}

/// <summary>An actor someone listens to, and the weight of its voice in the listener's normalised row.</summary>
public sealed record Speaker(string Actor, double Weight);
