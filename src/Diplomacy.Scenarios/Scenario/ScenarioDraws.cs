using Diplomacy.Model.Uncertainty;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// The one place a run's randomness enters: before a run is planned, each position in play is
/// drawn around its seeded value (<see cref="PositionDraw"/>), as a pure function of the scenario,
/// its uncertainty and the seed. A scenario without uncertainty comes back unchanged, so its run
/// is the same whatever the seed (docs/uncertainty.md).
/// </summary>
public static class ScenarioDraws
{
    public static Scenario Apply(Scenario scenario, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var spec = scenario.Uncertainty;
        if (spec is null)
        {
            return scenario;
        }

        var inPlay = scenario.Issues.ToHashSet(StringComparer.Ordinal);
        var stances = scenario.World.Stances
            .Select(s => inPlay.Contains(s.Issue) ? s with { Position = PositionDraw.Draw(s, spec.SpreadOf(s.Confidence), seed) } : s)
            .ToList();
        return scenario with { World = scenario.World with { Stances = stances } };
    }
}
