namespace Diplomacy.Model.Randomness;

/// <summary>
/// Vigna's SplitMix64 (2015): a 64-bit state advanced by the golden-ratio increment and a
/// finalizer that mixes every bit. Used only to spread one 64-bit number over the four words of
/// <see cref="Xoshiro256StarStar"/>'s state, as its authors recommend. Written out here, not taken
/// from .NET, so that docs/uncertainty.md specifies every draw independently of the runtime.
/// </summary>
public struct SplitMix64(ulong state)
{
    private const ulong Increment = 0x9E3779B97F4A7C15;

    private ulong _state = state;

    public ulong Next()
    {
        _state = unchecked(_state + Increment);
        var z = _state;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EB);
        return z ^ (z >> 31);
    }
}
