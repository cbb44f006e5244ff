using Diplomacy.Model.World;
using Diplomacy.Model.Uncertainty;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// A what-if, read and checked from a scenario file: the world it plays in, the issues in play,
/// the models and their parameters, and what happens in which round.
/// </summary>
/// <param name="Name">Short name used in output folders and traces.</param>
/// <param name="File">Path of the scenario file as the user gave it.</param>
/// <param name="WorldFile">Path of the world file, resolved relative to the scenario file.</param>
/// <param name="Issues">Issue ids in play, in file order; every event and output is limited to them.</param>
/// <param name="Rounds">Number of rounds to run (at least 1).</param>
/// <param name="Seed">Seed for everything random in the run; the same seed gives the same trace.</param>
/// <param name="Events">Events in file order; within a round they happen in that order.</param>
/// <param name="StopWhen">Conditions that end the run early, checked after each round; any one suffices.</param>
public sealed record Scenario(
    string Name,
    string Description,
    string File,
    string WorldFile,
    SeedWorld World,
    IReadOnlyList<string> Issues,
    int Rounds,
    int Seed,
    ModelSettings Models,
    IReadOnlyList<ScenarioEvent> Events,
    IReadOnlyList<StopCondition> StopWhen)
{
    /// <summary>
    /// How unsure the world's positions are; null (the default) when they are taken as given, and
    /// then the seed changes nothing but the run id. See docs/uncertainty.md.
    /// </summary>
    public UncertaintySpec? Uncertainty { get; init; }

    /// <summary>Parameter values set on the scenario as written (<c>--set PATH=VALUE</c>, or a sweep's set), as PATH=VALUE, in the order applied; the run's manifest records them.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    public IEnumerable<ScenarioEvent> EventsIn(int round) => Events.Where(e => e.Round == round);
}
