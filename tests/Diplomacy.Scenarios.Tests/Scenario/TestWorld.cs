using Diplomacy.Model.World;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>A small world built in code, so that loader tests do not depend on the seed world's numbers.</summary>
internal static class TestWorld
{
    public static SeedWorld Create()
    {
        string[] states = ["united-states", "russia", "ukraine", "france"];
        string[] issues = ["territory", "nato-membership", "talks-timing"];
        var actors = states.Select(id => new Actor(id, id, ActorKind.State, "state", null, 1, 0.5)).ToList();
        actors.Add(new Actor("putin", "Vladimir Putin", ActorKind.Leader, "President of Russia", "russia", 1, 0.1));
        var stances = states
            .SelectMany(actor => issues.Select(issue => new Stance(actor, issue, 50, 0.5, 0.5, Confidence.Assumed, null, "test", null, null)))
            .ToList();

        // Putin holds one stance only, so that tests can shock him where he holds none.
        stances.Add(new Stance("putin", "nato-membership", 0, 1, 0.9, Confidence.Assumed, null, "test", null, null));
        return new SeedWorld(
            "article.txt",
            actors,
            issues.Select(id => new Issue(id, id, "low", "high")).ToList(),
            stances,
            []);
    }
}
