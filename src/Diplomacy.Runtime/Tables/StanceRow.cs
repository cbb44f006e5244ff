namespace Diplomacy.Runtime.Tables;

/// <summary>One actor's position on one issue at the end of one round (round 0: the seeded start).</summary>
public sealed record StanceRow(string Run, int Seed, int Round, string Actor, string Issue, double Position);
