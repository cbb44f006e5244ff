using System.Diagnostics;
using Diplomacy.Contracts;
using Diplomacy.Contracts.Plan;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Tables;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// Runs scenarios on whatever cluster the grain factory reaches: each run is planned here, conducted
/// by a run grain of its own inside the cluster, and followed from here into the sinks. Each run
/// gets fresh grains, so runs (even two of the same scenario and seed) live side by side without meeting.
/// </summary>
public sealed class ScenarioRunner(IGrainFactory grains)
{
    /// <summary>The run id written in every output: derived from the scenario and seed only, never from time.</summary>
    public static string RunId(string scenarioName, int seed) => $"{scenarioName}-{seed}";

    /// <summary>Where a run's files go when the user names no folder: <c>runs/&lt;scenario&gt;-&lt;seed&gt;</c>.</summary>
    public static string DefaultFolder(Scenario scenario, RunOptions options) =>
        Path.Combine("runs", RunId(scenario.Name, options.Seed ?? scenario.Seed));

    public Task<RunResult> RunAsync(Scenario scenario, RunOptions options, ITraceSink sink, CancellationToken cancellationToken = default) =>
        RunAsync(RunPlanner.Plan(scenario, options), sink, cancellationToken);

    /// <summary>Submits the plan and follows the run to its end.</summary>
    public async Task<RunResult> RunAsync(RunPlan plan, ITraceSink sink, CancellationToken cancellationToken = default)
    {
        var run = await SubmitAsync(plan, cancellationToken);
        return await run.FollowAsync(sink, cancellationToken);
    }

    /// <summary>
    /// Hands the plan to a fresh run grain, which starts playing at once (or, for a stepped plan,
    /// waits to be stepped); follow it with <see cref="ConductedRun.FollowAsync"/>.
    /// </summary>
    public async Task<ConductedRun> SubmitAsync(RunPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var runKey = GrainKeys.NewRunKey(plan.Run);
        var grain = grains.GetGrain<IRunGrain>(runKey);
        await ClientRetry.CallAsync(() => grain.Start(plan), cancellationToken);
        return new ConductedRun(grain, plan, runKey);
    }

    /// <summary>
    /// Runs into <paramref name="directory"/>: trace, stances and manifest, written to a temporary
    /// folder that is renamed into place only when the run completes. <paramref name="alsoTo"/>
    /// sees every event too (the console, for instance). <paramref name="format"/> chooses CSV or
    /// Parquet for the stances and trace tables. <paramref name="addFiles"/> writes further files
    /// (plots, reports) into the working folder before it is renamed into place, so that a folder
    /// under its final name is always complete.
    /// </summary>
    public async Task<RunResult> RunToFolderAsync(
        Scenario scenario,
        RunOptions options,
        string directory,
        ITraceSink? alsoTo = null,
        TimeSpan siloStart = default,
        TableFormat format = TableFormat.Csv,
        Action<RunResult, string>? addFiles = null,
        CancellationToken cancellationToken = default)
    {
        // Planned first, so that a mistake in the scenario leaves no folder behind, not even a temporary one.
        var plan = RunPlanner.Plan(scenario, options);
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var folder = RunFolder.Create(directory, format);
        ITraceSink sink = alsoTo is null ? folder : new TraceSinks(folder, alsoTo);
        var result = await RunAsync(plan, sink, cancellationToken);
        var run = clock.Elapsed;
        var timings = new RunTimings(startedAt, siloStart.TotalMilliseconds, run.TotalMilliseconds, (siloStart + run).TotalMilliseconds);
        addFiles?.Invoke(result, folder.WorkingDirectory);
        await folder.CompleteAsync(RunManifest.Create(scenario, result, timings), cancellationToken);
        return result;
    }
}
