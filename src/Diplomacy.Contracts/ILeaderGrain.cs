namespace Diplomacy.Contracts;

/// <summary>A person: a head of government, minister, official or analyst.</summary>
[Alias("diplomacy.ILeaderGrain")]
public interface ILeaderGrain : IActorGrain;
