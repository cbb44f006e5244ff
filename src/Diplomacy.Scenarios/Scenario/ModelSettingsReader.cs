using System.Globalization;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>Reads the 'models' mapping; every part is optional and falls back to <see cref="ModelSettings.Default"/>.</summary>
internal static class ModelSettingsReader
{
    public static ModelSettings Read(YamlMappingReader? models)
    {
        var defaults = ModelSettings.Default;
        if (models is null)
        {
            return defaults;
        }

        var reader = models.Reader;
        // Plain null tests, not pattern variables: Stryker cannot compile the mutants of a method
        // whose pattern variables a mutant copies or leaves unassigned (docs/testing.md).
        var variantNode = models.Optional("expected-utility");
        var variant = variantNode is null ? null : reader.Word<ExpectedUtilityVariant>(variantNode, "'expected-utility' of 'models'");
        var dynamicsNode = models.Optional("dynamics");
        var dynamics = dynamicsNode is null ? null : reader.Word<StanceDynamics>(dynamicsNode, "'dynamics' of 'models'");
        return new ModelSettings(
            variant is null ? defaults.ExpectedUtility : YamlNodeReader.ToKebabCase(variant.Value.ToString()),
            ReadConcession(models.OptionalMapping("concession", "'concession'", ScenarioKeys.Concession), defaults.Concession),
            ReadInfluence(models.OptionalMapping("influence", "'influence'", ScenarioKeys.Influence), defaults.Influence))
        {
            Dynamics = dynamics is null ? defaults.Dynamics : YamlNodeReader.ToKebabCase(dynamics.Value.ToString()),
        };
    }

    private static ConcessionSettings ReadConcession(YamlMappingReader? concession, ConcessionSettings defaults)
    {
        if (concession is null)
        {
            return defaults;
        }

        var reader = concession.Reader;
        var tactic = concession.OptionalWord<ConcessionTactic>("tactic");
        var beta = concession.OptionalDouble("beta");
        if (beta is <= 0)
        {
            reader.Report(concession.LocationOf("beta"), $"'beta' of 'concession' must be above 0; got {Format(beta.Value)}");
            beta = null;
        }

        if (tactic is not null && beta is not null && Concessions.TacticFor(beta.Value) != tactic.Value)
        {
            reader.Report(
                concession.LocationOf("beta"),
                $"'beta' {Format(beta.Value)} does not fit tactic '{Concessions.Word(tactic.Value)}', which needs {Needs(tactic.Value)}; change one of them");
        }

        var deadline = concession.OptionalInt("deadline", minimum: 1);
        var chosen = tactic ?? (beta is null ? ConcessionTactic.Boulware : Concessions.TacticFor(beta.Value));
        return new ConcessionSettings(Concessions.Word(chosen), beta ?? Concessions.UsualBeta(chosen), deadline);
    }

    private static InfluenceSettings ReadInfluence(YamlMappingReader? influence, InfluenceSettings defaults) =>
        influence is null
            ? defaults
            : new InfluenceSettings(
                influence.OptionalBool("enabled") ?? defaults.Enabled,
                influence.OptionalInt("steps-per-round", 1, ScenarioLimits.MaxSteps) ?? defaults.StepsPerRound);

    private static string Needs(ConcessionTactic tactic) => tactic switch
    {
        ConcessionTactic.Boulware => "a beta below 1",
        ConcessionTactic.Linear => "a beta of exactly 1",
        _ => "a beta above 1",
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
