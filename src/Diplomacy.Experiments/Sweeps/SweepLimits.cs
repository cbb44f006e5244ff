namespace Diplomacy.Experiments.Sweeps;

/// <summary>The limits a sweep file must stay within; docs/sweep-format.md and the JSON Schema state the same numbers.</summary>
public static class SweepLimits
{
    /// <summary>
    /// The most runs one sweep may make. At ~100 runs a second a sweep this size takes about
    /// 20 minutes on two cores; beyond it, a typo in a grid (a step of 0.001) is likelier than
    /// intent. Split a larger study into several sweeps.
    /// </summary>
    public const int MaxRuns = 100_000;
}
