using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Plan;

/// <summary>
/// A run as the run grain conducts it, built from a scenario by the client: the actors with their
/// setups (world order), the issues in play (scenario order), the influence ties, the events (file
/// order, typed), the stop conditions, the models' settings, the seed and the number of rounds.
/// Everything is checked before it is planned, so a plan never holds an unknown actor or issue.
/// </summary>
/// <param name="Run">The run id written in every output (scenario and seed).</param>
/// <param name="Stepped">When true the run plays a round only when stepped (a classroom); otherwise it plays through.</param>
/// <param name="TraceParent">The submitter's W3C trace context, so the run's spans join its trace; null for none.</param>
[GenerateSerializer, Immutable, Alias("diplomacy.run-plan")]
public sealed record RunPlan(
    [property: Id(0)] string Run,
    [property: Id(1)] string Scenario,
    [property: Id(2)] int Seed,
    [property: Id(3)] int Rounds,
    [property: Id(4)] IReadOnlyList<string> Issues,
    [property: Id(5)] IReadOnlyList<ActorSetup> Actors,
    [property: Id(6)] IReadOnlyList<InfluenceLink> Ties,
    [property: Id(7)] IReadOnlyList<PlannedEvent> Events,
    [property: Id(8)] IReadOnlyList<PlannedStop> StopWhen,
    [property: Id(9)] PlannedModels Models,
    [property: Id(10)] bool Stepped = false,
    [property: Id(11)] string? TraceParent = null)
{
    /// <summary>
    /// The order of the stance positions in every <see cref="Trace.RoundRecord"/>: actor by actor in
    /// world order, and each actor's stances in scenario issue order.
    /// </summary>
    public IEnumerable<(string Actor, string Issue)> StanceOrder() =>
        Actors.SelectMany(a => a.Stances.Select(s => (a.Actor, s.Issue)));

    public ActorSetup? FindActor(string actor) => Actors.FirstOrDefault(a => a.Actor == actor);
}

/// <summary><paramref name="Listener"/> gives <paramref name="Weight"/> to <paramref name="Speaker"/>'s stance: a tie of the world file.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.influence-link")]
public sealed record InfluenceLink([property: Id(0)] string Listener, [property: Id(1)] string Speaker, [property: Id(2)] double Weight);

/// <summary>
/// The models' settings for the run: the expected-utility variant of forums, the concession pace
/// (also in every actor's setup) and whether influence runs, with how many steps a round.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-models")]
public sealed record PlannedModels(
    [property: Id(0)] ExpectedUtilityVariant ExpectedUtility,
    [property: Id(1)] double Beta,
    [property: Id(2)] int Deadline,
    [property: Id(3)] bool Influence,
    [property: Id(4)] int InfluenceSteps);
