using Diplomacy.Scenarios.Parameters;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Experiments.Sweeps;

/// <summary>
/// A checked sweep file: the scenario it varies (with the sweep's uncertainty, when it gives one),
/// the parameter sets in run order, and the replicate seeds. Runs are numbered set by set,
/// replicate by replicate: run = (set - 1) × replicates + replicate.
/// </summary>
/// <param name="File">The sweep file's path as the user gave it.</param>
/// <param name="Sha256">Hash of the sweep file's bytes: a folder holding another sweep is refused by it.</param>
/// <param name="Paths">Every parameter path the sets use, in first-use order: the runs table's parameter columns.</param>
public sealed record Sweep(
    string Name,
    string Description,
    string File,
    string Sha256,
    Scenario Scenario,
    int Seed,
    IReadOnlyList<ParameterSet> Sets,
    IReadOnlyList<ScenarioParameter> Paths,
    ReplicateSeeds Replicates)
{
    /// <summary>
    /// The sweep's own uncertainty as <c>--set</c> assignments (<c>uncertainty.stated=2</c>, …) when it
    /// differs from the scenario file's, so that a rerun with <c>diplomacy run</c> draws the same positions;
    /// empty when the sweep leaves the scenario's uncertainty as it is.
    /// </summary>
    public IReadOnlyList<string> UncertaintySettings { get; init; } = [];

    public int RunCount => Sets.Count * Replicates.Count;

    /// <summary>Run <paramref name="number"/> (1-based): which set, which replicate, which seed.</summary>
    public SweepRun RunAt(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, RunCount);
        var set = ((number - 1) / Replicates.Count) + 1;
        var replicate = ((number - 1) % Replicates.Count) + 1;
        return new SweepRun(number, set, replicate, Replicates.SeedOf(replicate));
    }

    /// <summary>The scenario a set plays; throws <see cref="ParameterConflictException"/> when its values clash with the world.</summary>
    public Scenario ScenarioFor(int set) => Sets[set - 1].ApplyTo(Scenario);
}
