using System.Numerics;
using System.Text;

namespace Diplomacy.Model.Randomness;

/// <summary>
/// Blackman and Vigna's xoshiro256** (2018), the generator behind every random draw of a run.
/// <see cref="ForKey"/> gives each purpose its own stream, named by a text key such as
/// <c>position/2025/putin/territory</c>, so that adding an actor or an issue never shifts the
/// draws of the others. Not <see cref="System.Random"/>: its algorithm belongs to the .NET
/// version, and the draws must belong to the documentation (docs/uncertainty.md).
/// </summary>
public sealed class Xoshiro256StarStar
{
    /// <summary>2^-53: a 53-bit integer times this is a double in [0, 1), exactly.</summary>
    private const double UnitStep = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the four state words with four successive SplitMix64 outputs from <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        var mixer = new SplitMix64(seed);
        _s0 = mixer.Next();
        _s1 = mixer.Next();
        _s2 = mixer.Next();
        _s3 = mixer.Next();
    }

    /// <summary>The stream named <paramref name="key"/>: seeded with the 64-bit FNV-1a hash of the key's UTF-8 bytes.</summary>
    public static Xoshiro256StarStar ForKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new Xoshiro256StarStar(Fnv1a64(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>FNV-1a, 64 bits: offset basis 14695981039346656037, prime 1099511628211.</summary>
    public static ulong Fnv1a64(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return hash;
    }

    public ulong NextUInt64()
    {
        var result = unchecked(BitOperations.RotateLeft(_s1 * 5, 7) * 9);
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1): the top 53 bits of the next output times 2^-53.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * UnitStep;

    /// <summary>
    /// An approximately standard normal number: the sum of twelve <see cref="NextDouble"/> draws
    /// minus 6 (the Irwin–Hall approximation: mean 0, variance 1, bounded to ±6). Additions only,
    /// so every platform gives the same bits, which Box–Muller's logarithm and cosine do not promise.
    /// </summary>
    public double NextStandardNormal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }

        return sum - 6;
    }
}
