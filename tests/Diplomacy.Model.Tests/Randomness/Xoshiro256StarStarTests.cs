using Diplomacy.Model.Randomness;

namespace Diplomacy.Model.Tests.Randomness;

/// <summary>
/// The generators must give the published algorithms' outputs bit for bit: the expected numbers
/// come from an independent implementation of the reference C code (docs/uncertainty.md).
/// </summary>
public sealed class Xoshiro256StarStarTests
{
    [Fact]
    public void SplitMix64_from_zero_gives_the_reference_outputs()
    {
        var mixer = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, mixer.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, mixer.Next());
        Assert.Equal(0x06C45D188009454FUL, mixer.Next());
    }

    [Fact]
    public void Xoshiro256StarStar_seeded_through_SplitMix64_gives_the_reference_outputs()
    {
        var stream = new Xoshiro256StarStar(42);

        Assert.Equal(1546998764402558742UL, stream.NextUInt64());
        Assert.Equal(6990951692964543102UL, stream.NextUInt64());
        Assert.Equal(12544586762248559009UL, stream.NextUInt64());
    }

    [Fact]
    public void A_keyed_stream_is_seeded_with_the_FNV_1a_hash_of_its_key()
    {
        Assert.Equal(0xCBF29CE484222325UL, Xoshiro256StarStar.Fnv1a64([]));
        Assert.Equal(0xAF63DC4C8601EC8CUL, Xoshiro256StarStar.Fnv1a64("a"u8));

        var stream = Xoshiro256StarStar.ForKey("position/2025/putin/territory");

        Assert.Equal(7730130535330810757UL, stream.NextUInt64());
        Assert.Equal(14189562686332043853UL, stream.NextUInt64());
    }

    [Fact]
    public void Doubles_are_the_top_53_bits_and_stay_in_the_unit_interval()
    {
        Assert.Equal(0.7005764821796896, new Xoshiro256StarStar(7).NextDouble());

        var stream = new Xoshiro256StarStar(1);
        for (var i = 0; i < 10_000; i++)
        {
            var value = stream.NextDouble();
            Assert.InRange(value, 0, 1);
            Assert.NotEqual(1, value);
        }
    }

    [Fact]
    public void The_normal_approximation_has_mean_zero_and_unit_spread_within_six()
    {
        var stream = new Xoshiro256StarStar(2025);
        var draws = Enumerable.Range(0, 20_000).Select(_ => stream.NextStandardNormal()).ToList();

        Assert.All(draws, d => Assert.InRange(d, -6, 6));
        Assert.InRange(draws.Average(), -0.03, 0.03);
        var variance = draws.Select(d => d * d).Average();
        Assert.InRange(variance, 0.95, 1.05);
        // About 68 % within one standard deviation, as for a normal distribution.
        Assert.InRange(draws.Count(d => Math.Abs(d) <= 1) / 20_000.0, 0.66, 0.70);
    }
}
