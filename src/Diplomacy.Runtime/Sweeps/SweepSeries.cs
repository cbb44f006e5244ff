using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>One actor's stance on one issue in play: a line of a fan chart, a row of the finals table.</summary>
public sealed record StanceKey(string Actor, string Issue);

/// <summary>
/// What a sweep records of every run: each stance in play, round by round, as one block of
/// doubles (stance-major, round 0 to the last planned round). A run that stops early keeps its
/// last positions to the end of the block, so runs line up round by round; a failed run's block
/// is all NaN. The stances come in the order every run's stance rows do: actors in world order,
/// issues in the scenario's order, each actor with the issues it holds a stance on.
/// </summary>
public sealed class SweepSeries
{
    public SweepSeries(Scenario scenario, int rounds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var held = scenario.World.Stances.Select(s => (s.Actor, s.Issue)).ToHashSet();
        Stances = scenario.World.Actors
            .SelectMany(a => scenario.Issues.Where(i => held.Contains((a.Id, i))).Select(i => new StanceKey(a.Id, i)))
            .ToList();
        Rounds = rounds;
    }

    public IReadOnlyList<StanceKey> Stances { get; }

    /// <summary>The rounds planned; a block holds rounds + 1 points per stance (round 0 is the start).</summary>
    public int Rounds { get; }

    public int Points => Rounds + 1;

    public int BlockLength => Stances.Count * Points;

    public int IndexOf(int stance, int round) => (stance * Points) + round;

    public double[] FailedBlock()
    {
        var block = new double[BlockLength];
        Array.Fill(block, double.NaN);
        return block;
    }
}
