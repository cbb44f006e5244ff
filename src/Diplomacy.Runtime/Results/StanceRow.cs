namespace Diplomacy.Runtime.Results;

/// <summary>One row of <c>stances.csv</c>: where an actor stands on an issue after a round (round 0: the seed).</summary>
public sealed record StanceRow(string Run, int Seed, int Round, string Actor, string Issue, double Position);
