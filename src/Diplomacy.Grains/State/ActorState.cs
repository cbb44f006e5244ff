using Diplomacy.Contracts.Messages;

namespace Diplomacy.Grains.State;

/// <summary>
/// What an actor grain persists: its setup, where it stands, and the last change it applied
/// (with that change's result, so a retried call gets the same answer without moving twice).
/// </summary>
[GenerateSerializer, Alias("diplomacy.actor-state")]
public sealed class ActorState
{
    [Id(0)]
    public ActorSetup? Setup { get; set; }

    [Id(1)]
    public List<IssuePosition> Issues { get; set; } = [];

    [Id(2)]
    public StepStamp LastApplied { get; set; } = StepStamp.None;

    [Id(3)]
    public List<PositionChange> LastChanges { get; set; } = [];
}
