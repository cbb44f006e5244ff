namespace Diplomacy.Scenarios.Scenario;

/// <summary>Which published models decide how stances respond, and with what parameters.</summary>
/// <param name="ExpectedUtility">Variant of Bueno de Mesquita's model for forum rounds: <c>bdm</c> or <c>bdm-scholz</c>.</param>
/// <param name="Concession">How actors concede in bilateral proposals.</param>
/// <param name="Influence">Friedkin–Johnsen influence between leaders, governments and allies.</param>
public sealed record ModelSettings(
    string ExpectedUtility,
    ConcessionSettings Concession,
    InfluenceSettings Influence)
{
    /// <summary>The dynamics in which resolve and salience bound forum moves and influence (docs/models.md §5).</summary>
    public const string ResolveBounded = "resolve-bounded";

    /// <summary>The published models as written: resolve plays no part in forum moves or influence.</summary>
    public const string Faithful = "faithful";

    /// <summary><see cref="ResolveBounded"/> (the default) or <see cref="Faithful"/>.</summary>
    public string Dynamics { get; init; } = ResolveBounded;

    /// <summary>True when resolve and salience bound forum moves and influence.</summary>
    public bool IsResolveBounded => Dynamics == ResolveBounded;

    public static ModelSettings Default { get; } = new ModelSettings(
        "bdm",
        new ConcessionSettings(Tactic: "boulware", Beta: 0.2, Deadline: null),
        new InfluenceSettings(Enabled: true, StepsPerRound: 1));
}

/// <summary>
/// Faratin et al.'s time-dependent tactic. <paramref name="Beta"/> below 1 concedes late
/// (Boulware), 1 linearly, above 1 early (Conceder). The deadline defaults to the scenario's rounds.
/// </summary>
public sealed record ConcessionSettings(string Tactic, double Beta, int? Deadline);

/// <summary>Whether influence runs, and how many Friedkin–Johnsen steps it takes each round.</summary>
public sealed record InfluenceSettings(bool Enabled, int StepsPerRound);
