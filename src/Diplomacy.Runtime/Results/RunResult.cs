using Diplomacy.Contracts.Trace;

namespace Diplomacy.Runtime.Results;

/// <summary>
/// How a run ended: its id and seed, the rounds it ran, the stop condition that ended it (null if
/// it ran all rounds), stances at the start and the end (same rows, same order), and agreements.
/// </summary>
public sealed record RunResult(
    string Run,
    int Seed,
    int Rounds,
    int RoundsRun,
    string? StoppedBy,
    IReadOnlyList<StanceRow> Start,
    IReadOnlyList<StanceRow> End,
    IReadOnlyList<Agreement> Agreements)
{
    /// <summary>The actor whose stances moved the most in total (summed over issues), or null if none moved.</summary>
    public string? MovedMost =>
        Start.Zip(End, (s, e) => (s.Actor, Moved: Math.Abs(e.Position - s.Position)))
            .GroupBy(x => x.Actor)
            .Select(g => (Actor: g.Key, Moved: g.Sum(x => x.Moved)))
            .Where(x => x.Moved > 0)
            .OrderByDescending(x => x.Moved)
            .ThenBy(x => x.Actor, StringComparer.Ordinal)
            .Select(x => x.Actor)
            .FirstOrDefault();
}
