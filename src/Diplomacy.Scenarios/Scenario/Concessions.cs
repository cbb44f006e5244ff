using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>Which tactic a beta belongs to, and each tactic's usual beta: shared by the scenario reader and sweep parameters.</summary>
internal static class Concessions
{
    public static ConcessionTactic TacticFor(double beta) => beta switch
    {
        < 1 => ConcessionTactic.Boulware,
        1 => ConcessionTactic.Linear,
        _ => ConcessionTactic.Conceder,
    };

    /// <summary>The tactic's word (<c>boulware</c>, <c>linear</c>, <c>conceder</c>) for a beta.</summary>
    public static string TacticWordFor(double beta) => Word(TacticFor(beta));

    // The values the GENIUS platform's time-dependent agents use (MODELS.md §2).
    public static double UsualBeta(ConcessionTactic tactic) => tactic switch
    {
        ConcessionTactic.Boulware => 0.2,
        ConcessionTactic.Linear => 1,
        _ => 2,
    };

    /// <summary>The usual beta of a tactic given by its word; the word must be one of the tactics.</summary>
    public static double UsualBeta(string tactic) =>
        UsualBeta(YamlNodeReader.WordsOf<ConcessionTactic>().First(w => w.Key == tactic).Value);

    public static string Word(ConcessionTactic tactic) => YamlNodeReader.ToKebabCase(tactic.ToString());
}
