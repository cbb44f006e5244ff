namespace Diplomacy.Experiments.Sweeps;

/// <summary>
/// One run of a sweep: its number (1-based, the order every table is written in), its parameter
/// set and replicate (both 1-based) and the seed it runs with.
/// </summary>
public sealed record SweepRun(int Number, int Set, int Replicate, int Seed);
