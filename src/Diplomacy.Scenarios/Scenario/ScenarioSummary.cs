using System.Globalization;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>One paragraph saying what a checked scenario will do, for <c>diplomacy validate</c> and the head of a run.</summary>
public static class ScenarioSummary
{
    public static string Describe(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var models = scenario.Models;
        var concession = models.Concession;
        var deadline = concession.Deadline ?? scenario.Rounds;
        var influence = models.Influence.Enabled
            ? $"influence {Count(models.Influence.StepsPerRound, "step")} a round"
            : "no influence";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
            {scenario.File}: scenario '{scenario.Name}' is valid.
            World {scenario.WorldFile} ({Count(scenario.World.Actors.Count, "actor")}, {Count(scenario.World.Issues.Count, "issue")}); {Count(scenario.Issues.Count, "issue")} in play ({string.Join(", ", scenario.Issues)}); {Count(scenario.Rounds, "round")}, seed {scenario.Seed}.
            Models: {models.ExpectedUtility} ({models.Dynamics}), {concession.Tactic} concession (beta {concession.Beta.ToString("R", CultureInfo.InvariantCulture)}, deadline {deadline}), {influence}.
            Events: {EventCounts(scenario)}; stop conditions: {(scenario.StopWhen.Count == 0 ? "none, the run goes all rounds" : scenario.StopWhen.Count.ToString(CultureInfo.InvariantCulture))}.
            """);
    }

    private static string EventCounts(Scenario scenario)
    {
        if (scenario.Events.Count == 0)
        {
            return "none";
        }

        var counts = new (string Kind, int Count)[]
        {
            ("propose", scenario.Events.OfType<ProposeEvent>().Count()),
            ("shock", scenario.Events.OfType<ShockEvent>().Count()),
            ("exclude", scenario.Events.OfType<ExcludeEvent>().Count()),
            ("include", scenario.Events.OfType<IncludeEvent>().Count()),
            ("forum", scenario.Events.OfType<ForumEvent>().Count()),
        };
        var parts = counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.Kind}");
        var assumed = scenario.Events.Count(e => e.Assumption is not null);
        return $"{scenario.Events.Count} ({string.Join(", ", parts)}), {assumed} resting on an assumption";
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
