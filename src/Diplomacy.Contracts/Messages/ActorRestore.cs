namespace Diplomacy.Contracts.Messages;

/// <summary>
/// Puts an actor grain in a known state: its setup, where it stands on every issue, and the run's
/// current epoch. The run sends it when the actor first takes part, and again to every actor before
/// a round is replayed after a fault. Orders from an older epoch are refused from then on.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.actor-restore")]
public sealed record ActorRestore(
    [property: Id(0)] long Epoch,
    [property: Id(1)] ActorSetup Setup,
    [property: Id(2)] IReadOnlyList<IssuePosition> Issues);
