namespace Diplomacy.Experiments.Sweeps;

/// <summary>The keys a sweep file may use, per mapping, in the order docs/sweep-format.md lists them; the JSON Schema declares the same.</summary>
public static class SweepKeys
{
    public static IReadOnlyList<string> TopLevel { get; } =
        ["name", "description", "scenario", "seed", "uncertainty", "grid", "sets", "replicates"];

    /// <summary>A grid value may be a list or a numeric range.</summary>
    public static IReadOnlyList<string> Range { get; } = ["from", "to", "step"];

    /// <summary>Replicates are a count or a list of seeds (a list, or a range of whole numbers).</summary>
    public static IReadOnlyList<string> Replicates { get; } = ["count", "seeds"];

    public static IReadOnlyList<string> SeedRange { get; } = ["from", "to"];
}
