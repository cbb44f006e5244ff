using System.IO.Compression;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Classroom.Rooms;

/// <summary>
/// A room's downloads, at any point of its run: the files <c>run</c> writes, written by the same
/// writers (<see cref="RunFolder"/>, <see cref="RunOutputs"/>) from what the run has published so far,
/// in a staged folder that is deleted once the file is read. A finished room's trace and stances are
/// byte for byte those of <c>diplomacy run</c> with the same scenario, seed and interventions.
/// </summary>
internal static class RoomFiles
{
    public const string Archive = "run.zip";

    /// <summary>The files a teacher can download, and their content types.</summary>
    public static IReadOnlyDictionary<string, string> Types { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RunFolder.TraceFile] = "application/x-ndjson; charset=utf-8",
        [RunFolder.StancesFile] = "text/csv; charset=utf-8",
        [RunFolder.TraceTableFile] = "text/csv; charset=utf-8",
        [RunFolder.ManifestFile] = "application/json; charset=utf-8",
        [RunOutputs.ReportFile] = "text/html; charset=utf-8",
        [Archive] = "application/zip",
    };

    public static async Task<byte[]> ReadAsync(RoomPlay play, string file, CancellationToken cancellationToken)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"diplomacy-room-{Guid.NewGuid():N}");
        try
        {
            var directory = Path.Combine(scratch, ScenarioRunnerFolder(play));
            var recorder = new RunHistoryRecorder();
            var result = ResultSoFar(play);
            await using (var folder = RunFolder.Create(directory))
            {
                await play.Record.ReplayAsync(new TraceSinks(folder, recorder), cancellationToken);
                if (file is RunOutputs.ReportFile or Archive)
                {
                    RunOutputs.Write(recorder.ToHistory(play.Scenario, result), folder.WorkingDirectory);
                }

                var timings = new RunTimings(DateTimeOffset.UnixEpoch, 0, 0, 0);
                await folder.CompleteAsync(RunManifest.Create(play.Scenario, result, timings), cancellationToken);
            }

            if (file == Archive)
            {
                var zip = Path.Combine(scratch, Archive);
                ZipFile.CreateFromDirectory(directory, zip, CompressionLevel.Optimal, includeBaseDirectory: true);
                return await File.ReadAllBytesAsync(zip, cancellationToken);
            }

            return await File.ReadAllBytesAsync(Path.Combine(directory, file), cancellationToken);
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>What <c>run</c> would name the folder: the run id.</summary>
    private static string ScenarioRunnerFolder(RoomPlay play) => play.Plan.Run;

    // A finished run has its result; one still playing is described as far as it has got.
    private static RunResult ResultSoFar(RoomPlay play)
    {
        if (play.Result is { } finished)
        {
            return finished;
        }

        var (start, end, agreements) = play.Record.Standing();
        return new RunResult(play.Plan.Run, play.Plan.Seed, play.Plan.Rounds, Math.Max(0, play.Record.LastRound), null, start, end, agreements);
    }
}
