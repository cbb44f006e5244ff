namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// The keys a scenario file may use, per mapping, in the order the documentation lists them.
/// Public so that tests can hold the JSON Schema and the documentation to the same lists.
/// </summary>
public static class ScenarioKeys
{
    public static IReadOnlyList<string> TopLevel { get; } =
        ["name", "description", "world", "issues", "rounds", "seed", "uncertainty", "models", "events", "stop-when"];

    public static IReadOnlyList<string> Models { get; } = ["expected-utility", "dynamics", "concession", "influence"];

    public static IReadOnlyList<string> Concession { get; } = ["tactic", "beta", "deadline"];

    public static IReadOnlyList<string> Influence { get; } = ["enabled", "steps-per-round"];

    /// <summary>The kinds of event; an event item holds exactly one of them.</summary>
    public static IReadOnlyList<string> EventKinds { get; } = ["propose", "shock", "exclude", "include", "forum"];

    public static IReadOnlyList<string> Event { get; } = ["round", .. EventKinds, "note", "assumption"];

    public static IReadOnlyList<string> Propose { get; } = ["from", "to", "terms"];

    public static IReadOnlyList<string> Shock { get; } = ["actor", "issue", "set", "shift", "breaks-red-line"];

    public static IReadOnlyList<string> Forum { get; } = ["name", "members", "issues"];

    /// <summary>The kinds of stop condition; a stop-when item holds exactly one of them.</summary>
    public static IReadOnlyList<string> StopConditions { get; } = ["agreement", "converge", "nothing-moves"];

    public static IReadOnlyList<string> Converge { get; } = ["issue", "spread", "actors"];

    public static IReadOnlyList<string> NothingMoves { get; } = ["tolerance"];
}
