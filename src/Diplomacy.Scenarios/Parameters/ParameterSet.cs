namespace Diplomacy.Scenarios.Parameters;

/// <summary>One parameter given one value.</summary>
public sealed record ParameterSetting(ScenarioParameter Parameter, ParameterValue Value);

/// <summary>
/// Values for some of a scenario's parameters, applied together, in order. Each sweep run plays
/// one set; <c>diplomacy run --set PATH=VALUE</c> plays one too, which is how a single sweep run
/// is rerun alone.
/// </summary>
public sealed record ParameterSet(IReadOnlyList<ParameterSetting> Settings)
{
    private const string TacticPath = "models.concession.tactic";
    private const string BetaPath = "models.concession.beta";

    public static ParameterSet Empty { get; } = new ParameterSet([]);

    /// <summary>"actors.russia.capability=20, models.concession.beta=0.5", or "(the scenario as written)" when empty.</summary>
    public string Label => Settings.Count == 0
        ? "(the scenario as written)"
        : string.Join(", ", Settings.Select(s => $"{s.Parameter.Path}={s.Value.Text}"));

    /// <summary>The scenario with every value set; throws <see cref="ParameterConflictException"/> when a value clashes with the world.</summary>
    public Scenario.Scenario ApplyTo(Scenario.Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var tactic = Settings.LastOrDefault(s => s.Parameter.Path == TacticPath);
        var beta = Settings.LastOrDefault(s => s.Parameter.Path == BetaPath);
        if (tactic is not null && beta is not null && Scenario.Concessions.TacticWordFor(beta.Value.Number!.Value) != tactic.Value.Text)
        {
            throw new ParameterConflictException(
                $"{BetaPath} = {beta.Value.Text} does not fit {TacticPath} = {tactic.Value.Text} (boulware needs a beta below 1, linear exactly 1, conceder above 1)");
        }

        // A tactic brings its usual beta: set it first, so that a beta given beside it stands.
        var result = scenario;
        foreach (var setting in Settings.OrderBy(s => s.Parameter.Path == TacticPath ? 0 : 1))
        {
            result = setting.Parameter.Apply(result, setting.Value);
        }

        return result with { Parameters = [.. scenario.Parameters, .. Settings.Select(s => $"{s.Parameter.Path}={s.Value.Text}")] };
    }
}
