using System.Diagnostics;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Tables;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// Runs scenarios on whatever cluster the grain factory reaches. Each run gets fresh grains,
/// so runs (even two of the same scenario and seed) live side by side without meeting.
/// </summary>
public sealed class ScenarioRunner(IGrainFactory grains)
{
    /// <summary>The run id written in every output: derived from the scenario and seed only, never from time.</summary>
    public static string RunId(string scenarioName, int seed) => $"{scenarioName}-{seed}";

    /// <summary>Where a run's files go when the user names no folder: <c>runs/&lt;scenario&gt;-&lt;seed&gt;</c>.</summary>
    public static string DefaultFolder(Scenario scenario, RunOptions options) =>
        Path.Combine("runs", RunId(scenario.Name, options.Seed ?? scenario.Seed));

    public Task<RunResult> RunAsync(Scenario scenario, RunOptions options, ITraceSink sink, CancellationToken cancellationToken = default)
    {
        var seed = options.Seed ?? scenario.Seed;
        var run = RunId(scenario.Name, seed);

        // Every random draw of the run comes from its seed, here, before the run is planned.
        scenario = ScenarioDraws.Apply(scenario, seed);

        // Grain keys get a fresh suffix so a repeated run never meets an earlier one's grains;
        // the suffix stays inside the cluster and never reaches the outputs.
        var runKey = $"{run}@{Guid.NewGuid():N}";
        var rounds = options.Rounds ?? scenario.Rounds;
        return new ScenarioRun(grains, scenario, run, runKey, seed, rounds, sink, cancellationToken).ExecuteAsync();
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
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await using var folder = RunFolder.Create(directory, format);
        ITraceSink sink = alsoTo is null ? folder : new TraceSinks(folder, alsoTo);
        var result = await RunAsync(scenario, options, sink, cancellationToken);
        var run = clock.Elapsed;
        var timings = new RunTimings(startedAt, siloStart.TotalMilliseconds, run.TotalMilliseconds, (siloStart + run).TotalMilliseconds);
        addFiles?.Invoke(result, folder.WorkingDirectory);
        await folder.CompleteAsync(RunManifest.Create(scenario, result, timings), cancellationToken);
        return result;
    }
}
