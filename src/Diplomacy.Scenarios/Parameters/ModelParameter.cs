using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Parameters;

/// <summary>
/// A model setting: <c>models.expected-utility</c>, <c>models.dynamics</c>, <c>models.concession.tactic</c>,
/// <c>.beta</c>, <c>.deadline</c>, <c>models.influence.enabled</c>, <c>.steps-per-round</c>. Setting
/// a beta names the tactic it belongs to and setting a tactic gives its usual beta, as in a
/// scenario file.
/// </summary>
public sealed record ModelParameter(string Path) : ScenarioParameter(Path)
{
    public static IReadOnlyList<string> Paths { get; } =
    [
        "models.expected-utility",
        "models.dynamics",
        "models.concession.tactic",
        "models.concession.beta",
        "models.concession.deadline",
        "models.influence.enabled",
        "models.influence.steps-per-round",
    ];

    private static IReadOnlyList<string> Variants { get; } = YamlNodeReader.WordsOf<ExpectedUtilityVariant>().Select(w => w.Key).ToList();

    private static IReadOnlyList<string> Dynamics { get; } = YamlNodeReader.WordsOf<StanceDynamics>().Select(w => w.Key).ToList();

    private static IReadOnlyList<string> Tactics { get; } = YamlNodeReader.WordsOf<ConcessionTactic>().Select(w => w.Key).ToList();

    public override bool Numeric => Path is not ("models.expected-utility" or "models.dynamics" or "models.concession.tactic" or "models.influence.enabled");

    public override string? Check(ParameterValue value) => Path switch
    {
        "models.expected-utility" => OneOf(value, Variants),
        "models.dynamics" => OneOf(value, Dynamics),
        "models.concession.tactic" => OneOf(value, Tactics),
        "models.concession.beta" => value.Number is > 0 ? null : $"must be a number above 0; got {value.Describe()}",
        "models.concession.deadline" => WholeNumberIn(value, 1, ScenarioLimits.MaxRounds),
        "models.influence.enabled" => value.Flag is null ? $"must be true or false; got {value.Describe()}" : null,
        _ => WholeNumberIn(value, 1, ScenarioLimits.MaxSteps),
    };

    public override Scenario.Scenario Apply(Scenario.Scenario scenario, ParameterValue value)
    {
        var models = scenario.Models;
        var concession = models.Concession;
        var influence = models.Influence;
        models = Path switch
        {
            "models.expected-utility" => models with { ExpectedUtility = value.Text },
            "models.dynamics" => models with { Dynamics = value.Text },
            "models.concession.tactic" => models with { Concession = concession with { Tactic = value.Text, Beta = Concessions.UsualBeta(value.Text) } },
            "models.concession.beta" => models with { Concession = concession with { Tactic = Concessions.TacticWordFor(value.Number!.Value), Beta = value.Number!.Value } },
            "models.concession.deadline" => models with { Concession = concession with { Deadline = (int)value.Number!.Value } },
            "models.influence.enabled" => models with { Influence = influence with { Enabled = value.Flag!.Value } },
            _ => models with { Influence = influence with { StepsPerRound = (int)value.Number!.Value } },
        };
        return scenario with { Models = models };
    }

    private static string? OneOf(ParameterValue value, IReadOnlyList<string> words) =>
        words.Contains(value.Text, StringComparer.Ordinal)
            ? null
            : $"must be one of {YamlNodeReader.Join(words)}; got {value.Describe()}{EditDistance.DidYouMean(value.Text, words)}";
}
