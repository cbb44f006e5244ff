using System.Globalization;
using Diplomacy.Model.Randomness;

namespace Diplomacy.Experiments.Sweeps;

/// <summary>
/// The seed of each replicate (docs/sweep-format.md). Listed seeds are used as they are;
/// otherwise replicate r (1-based) of a sweep with seed S runs with the first output of the
/// xoshiro256** stream <c>replicate/S/r</c>, shifted right by 33 bits (a whole number from 0 to
/// 2^31 - 1, the range of a scenario's seed). Every parameter set uses the same replicate seeds,
/// so parameter sets are compared on the same draws (common random numbers): a difference between
/// sets comes from the parameters, not from luck.
/// </summary>
public sealed class ReplicateSeeds
{
    private readonly IReadOnlyList<int>? _listed;

    private ReplicateSeeds(int count, int sweepSeed, IReadOnlyList<int>? listed)
    {
        Count = count;
        SweepSeed = sweepSeed;
        _listed = listed;
    }

    public int Count { get; }

    public int SweepSeed { get; }

    /// <summary>True when the sweep file lists the seeds; false when they derive from the sweep seed.</summary>
    public bool Listed => _listed is not null;

    public static ReplicateSeeds Derived(int count, int sweepSeed) => new(count, sweepSeed, null);

    public static ReplicateSeeds FromList(IReadOnlyList<int> seeds, int sweepSeed)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        return new ReplicateSeeds(seeds.Count, sweepSeed, seeds);
    }

    /// <summary>The seed of replicate <paramref name="replicate"/>, counted from 1.</summary>
    public int SeedOf(int replicate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(replicate, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(replicate, Count);
        return _listed is { } seeds ? seeds[replicate - 1] : Derive(SweepSeed, replicate);
    }

    public static int Derive(int sweepSeed, int replicate) =>
        (int)(Xoshiro256StarStar.ForKey(string.Create(CultureInfo.InvariantCulture, $"replicate/{sweepSeed}/{replicate}")).NextUInt64() >> 33);
}
