using System.Globalization;
using System.Text.RegularExpressions;
using Diplomacy.Model.Uncertainty;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Parameters;

/// <summary>
/// Finds the lever a path names in a scenario, or says in one sentence why there is none, with the
/// nearest name when the path looks like a typo. Paths (docs/sweep-format.md):
/// <c>actors.ACTOR.capability|susceptibility</c>, <c>stances.ACTOR.ISSUE.position|salience|resolve</c>,
/// <c>events[N].propose.terms.ISSUE</c>, <c>events[N].shock.set|shift</c> (N counts the scenario's
/// events from 0), <c>models.…</c> and <c>uncertainty.stated|implied|assumed</c>.
/// </summary>
public static partial class ParameterPaths
{
    public static IReadOnlyList<string> Roots { get; } = ["actors", "stances", "events", "models", "uncertainty"];

    public static ScenarioParameter? Resolve(Scenario.Scenario scenario, string path, out string error)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        error = string.Empty;
        var parts = path.Split('.');
        var root = EventIndex().Match(parts[0]) is { Success: true } ? "events" : parts[0];
        var (parameter, why) = root switch
        {
            "actors" => ActorPath(scenario, path, parts),
            "stances" => StancePath(scenario, path, parts),
            "events" => EventPath(scenario, path, parts),
            "models" => ModelPath(path),
            "uncertainty" => UncertaintyPath(path, parts),
            _ => (null, $"a path starts with {YamlNodeReader.Join(Roots)}{EditDistance.DidYouMean(root, Roots)}"),
        };
        if (parameter is null)
        {
            error = $"unknown parameter path '{path}': {why}";
        }

        return parameter;
    }

    private static (ScenarioParameter?, string) ActorPath(Scenario.Scenario scenario, string path, string[] parts)
    {
        if (parts.Length != 3)
        {
            return (null, "an actor's parameter is written actors.ACTOR.capability or actors.ACTOR.susceptibility");
        }

        var ids = scenario.World.Actors.Select(a => a.Id).ToList();
        if (!ids.Contains(parts[1], StringComparer.Ordinal))
        {
            return (null, $"the world has no actor '{parts[1]}'{EditDistance.DidYouMean(parts[1], ids)}");
        }

        return ActorParameter.Fields.Contains(parts[2], StringComparer.Ordinal)
            ? (new ActorParameter(path, parts[1], parts[2]), "")
            : (null, FieldError("an actor", parts[2], ActorParameter.Fields));
    }

    private static (ScenarioParameter?, string) StancePath(Scenario.Scenario scenario, string path, string[] parts)
    {
        if (parts.Length != 4)
        {
            return (null, "a stance's parameter is written stances.ACTOR.ISSUE.position, .salience or .resolve");
        }

        var (actor, issue) = (parts[1], parts[2]);
        var ids = scenario.World.Actors.Select(a => a.Id).ToList();
        if (!ids.Contains(actor, StringComparer.Ordinal))
        {
            return (null, $"the world has no actor '{actor}'{EditDistance.DidYouMean(actor, ids)}");
        }

        if (!scenario.Issues.Contains(issue, StringComparer.Ordinal))
        {
            return (null, $"issue '{issue}' is not in play in scenario '{scenario.Name}'{EditDistance.DidYouMean(issue, scenario.Issues)} (in play: {string.Join(", ", scenario.Issues)})");
        }

        if (scenario.World.FindStance(actor, issue) is null)
        {
            var held = scenario.World.Stances.Where(s => s.Actor == actor && scenario.Issues.Contains(s.Issue)).Select(s => s.Issue).ToList();
            return (null, $"'{actor}' holds no stance on '{issue}' (its stances in play: {(held.Count == 0 ? "none" : string.Join(", ", held))})");
        }

        return StanceParameter.Fields.Contains(parts[3], StringComparer.Ordinal)
            ? (new StanceParameter(path, actor, issue, parts[3]), "")
            : (null, FieldError("a stance", parts[3], StanceParameter.Fields));
    }

    private static (ScenarioParameter?, string) EventPath(Scenario.Scenario scenario, string path, string[] parts)
    {
        var match = EventIndex().Match(parts[0]);
        // The parse stands alone: Stryker cannot compile a mutant that copies an 'out var' (docs/testing.md).
        var index = 0;
        var parsed = match.Success && int.TryParse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out index);
        if (!parsed)
        {
            return (null, "an event is written events[N], N counting the scenario's events from 0");
        }

        if (index >= scenario.Events.Count)
        {
            return (null, scenario.Events.Count == 0
                ? $"scenario '{scenario.Name}' has no events"
                : $"scenario '{scenario.Name}' has {scenario.Events.Count} events, events[0] to events[{scenario.Events.Count - 1}]");
        }

        var scenarioEvent = scenario.Events[index];
        var where = $"events[{index}] (line {scenarioEvent.Location.Line} of {Path.GetFileName(scenarioEvent.Location.File)})";
        switch (scenarioEvent)
        {
            case ProposeEvent propose when parts.Length == 4 && parts[1] == "propose" && parts[2] == "terms":
                var issues = propose.Terms.Select(t => t.Issue).ToList();
                return issues.Contains(parts[3], StringComparer.Ordinal)
                    ? (new TermParameter(path, index, parts[3]), "")
                    : (null, $"the proposal {where} offers no term on '{parts[3]}'{EditDistance.DidYouMean(parts[3], issues)} (its terms: {string.Join(", ", issues)})");
            case ProposeEvent:
                return (null, $"{where} is a proposal: its parameters are events[{index}].propose.terms.ISSUE");
            case ShockEvent shock when parts.Length == 3 && parts[1] == "shock" && parts[2] == (shock.Set is null ? "shift" : "set"):
                return (new ShockParameter(path, index, parts[2]), "");
            case ShockEvent shock:
                return (null, $"{where} is a shock that {(shock.Set is null ? "shifts" : "sets")} a stance: its parameter is events[{index}].shock.{(shock.Set is null ? "shift" : "set")}");
            default:
                var kind = scenarioEvent switch
                {
                    ForumEvent => "a forum",
                    ExcludeEvent => "an exclusion",
                    _ => "an inclusion",
                };
                return (null, $"{where} is {kind}, which has no number to set; proposals' terms and shocks' sizes do");
        }
    }

    private static (ScenarioParameter?, string) ModelPath(string path) =>
        ModelParameter.Paths.Contains(path, StringComparer.Ordinal)
            ? (new ModelParameter(path), "")
            : (null, $"model settings are {string.Join(", ", ModelParameter.Paths)}{EditDistance.DidYouMean(path, ModelParameter.Paths)}");

    private static (ScenarioParameter?, string) UncertaintyPath(string path, string[] parts)
    {
        var words = UncertaintySpec.Confidences.Select(c => YamlNodeReader.WordOf(c)).ToList();
        // A plain index, not 'is var i and >= 0': Stryker cannot compile the mutants of a pattern variable (docs/testing.md).
        var i = parts.Length == 2 ? words.IndexOf(parts[1]) : -1;
        if (i >= 0)
        {
            return (new UncertaintyParameter(path, UncertaintySpec.Confidences[i]), "");
        }

        return (null, $"an uncertainty parameter is uncertainty.stated, uncertainty.implied or uncertainty.assumed{(parts.Length == 2 ? EditDistance.DidYouMean(parts[1], words) : "")}");
    }

    private static string FieldError(string owner, string field, IReadOnlyList<string> fields) =>
        $"{owner} has no parameter '{field}'{EditDistance.DidYouMean(field, fields)}; it has {YamlNodeReader.Join(fields)}";

    [GeneratedRegex(@"^events\[(?<index>[0-9]+)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex EventIndex();
}
