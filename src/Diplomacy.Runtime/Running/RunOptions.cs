namespace Diplomacy.Runtime.Running;

/// <summary>What the command line may override in a scenario: its seed and its number of rounds.</summary>
public sealed record RunOptions(int? Seed = null, int? Rounds = null);
