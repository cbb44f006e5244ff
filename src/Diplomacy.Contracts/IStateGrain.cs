namespace Diplomacy.Contracts;

/// <summary>A state or organisation: its stance combines its leaders' stances with its own seeded one.</summary>
[Alias("diplomacy.IStateGrain")]
public interface IStateGrain : IActorGrain;
