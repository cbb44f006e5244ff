using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>Runs submitted to a cluster where the test chooses, and followed into a run folder.</summary>
internal static class ClusterRuns
{
    /// <summary>
    /// Submits a stepped run (it waits after its seeds) again and again until its run grain lands on
    /// a silo other than <paramref name="notOn"/>; run grains are placed at random, so this takes a few tries.
    /// </summary>
    public static async Task<(ConductedRun Run, int HostProcess)> SubmitAwayFromAsync(ScenarioRunner runner, Scenario scenario, SiloProcess notOn)
    {
        for (var attempt = 0; attempt < 30; attempt++)
        {
            var run = await runner.SubmitAsync(RunPlanner.Plan(scenario, new RunOptions(), stepped: true));
            var host = await run.HostAsync();
            if (host.ProcessId != notOn.Process.Id)
            {
                return (run, host.ProcessId);
            }

            await run.CancelAsync();
        }

        throw new InvalidOperationException("every run grain was placed on the client's own silo");
    }

    /// <summary>Follows the run into a staged folder that is published when the run completes.</summary>
    public static async Task<RunResult> FollowToFolderAsync(ConductedRun run, Scenario scenario, string directory, ITraceSink? alsoTo = null)
    {
        await using var folder = RunFolder.Create(directory);
        var result = await run.FollowAsync(alsoTo is null ? folder : new TraceSinks(folder, alsoTo));
        await folder.CompleteAsync(RunManifest.Create(scenario, result, new RunTimings(DateTimeOffset.UnixEpoch, 0, 0, 0)), CancellationToken.None);
        return result;
    }
}
