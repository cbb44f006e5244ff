using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>How to run a sweep: into which folder, how many runs at once, which table format, whether to keep each run's trace.</summary>
public sealed record SweepOptions(string Directory, int Parallel, TableFormat Format = TableFormat.Csv, bool Traces = false)
{
    /// <summary>Attempts at a run that fails for a reason outside the scenario (a silo lost, a timeout) before it is recorded as failed.</summary>
    public int Attempts { get; init; } = 5;

    /// <summary>How long the silo (or the cluster connection) took to start, for sweep.json's timings.</summary>
    public TimeSpan SiloStart { get; init; }
}

/// <summary>How far a sweep has got: runs done (of which failed, and resumed from an earlier process), out of the total.</summary>
public sealed record SweepProgress(int Done, int Failed, int Resumed, int Total, TimeSpan Elapsed);

/// <summary>How a sweep ended. <see cref="AlreadyFinished"/>: the folder held this finished sweep and nothing ran.</summary>
public sealed record SweepSummary(string Folder, int Runs, int Failed, int Resumed, bool AlreadyFinished, IReadOnlyList<SweepRecord> Failures);
