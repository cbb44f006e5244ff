using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy compare A.yaml B.yaml [--seed N] [--rounds N] [--out DIR] ...</c>: the analyst's
/// what-if. Runs both scenarios side by side on one embedded silo with the same seed, prints each
/// actor's final stance per issue under A and B and the difference, and what was agreed under each.
/// DIR (default <c>runs/compare-&lt;a&gt;-vs-&lt;b&gt;-&lt;seed&gt;</c>) gets the combined plots and
/// report.html, and each run's own files in a subfolder named after its scenario.
/// </summary>
public static class CompareCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (SweepCompareCommand.Applies(args))
        {
            return await SweepCompareCommand.RunAsync(args, output);
        }

        var arguments = ScenarioArguments.Read(
            args,
            "first scenario file (for example scenarios/europe-at-table.yaml)",
            "second scenario file (for example scenarios/europe-kept-out.yaml)");
        var (first, second, settings) = (arguments.Scenarios[0], arguments.Scenarios[1], arguments.Settings);

        // One seed for both, so that the scenarios are the only difference between the runs.
        var options = new RunOptions(arguments.Seed ?? first.Seed, arguments.Rounds);
        var folder = arguments.Out ?? Path.Combine("runs", $"compare-{first.Name}-vs-{second.Name}-{options.Seed}");
        using var telemetry = TelemetryArguments.Start(settings.Telemetry, error);
        // Both runs and the combined report are staged together: the folder appears only when all are written.
        using var staging = StagingFolder.Create(folder);
        var firstFolder = Path.Combine(staging.Working, first.Name == second.Name ? first.Name + "-a" : first.Name);
        var secondFolder = Path.Combine(staging.Working, first.Name == second.Name ? second.Name + "-b" : second.Name);

        await using var silo = await ClusterArguments.ConnectAsync(arguments.Cluster, settings.Telemetry.Tracing);
        var siloStart = silo.StartTime;
        var runner = new ScenarioRunner(silo.Client);
        var firstRecorder = new RunHistoryRecorder();
        var secondRecorder = new RunHistoryRecorder();
        var results = await RoundProgress.ShowAsync(
            settings.ShowsProgress(output),
            [(first.Name, options.Rounds ?? first.Rounds), (second.Name, options.Rounds ?? second.Rounds)],
            progress => Task.WhenAll(
                runner.RunToFolderAsync(first, options, firstFolder, Sinks(firstRecorder, progress[0]), siloStart, settings.Format),
                runner.RunToFolderAsync(second, options, secondFolder, Sinks(secondRecorder, progress[1]), siloStart, settings.Format)));

        var firstHistory = firstRecorder.ToHistory(first, results[0]);
        var secondHistory = secondRecorder.ToHistory(second, results[1]);
        CompareOutputs.Write(firstHistory, secondHistory, staging.Working);
        staging.Publish();
        if (settings.Quiet)
        {
            await output.WriteLineAsync(folder);
        }
        else
        {
            await ComparePrinter.PrintAsync(output, firstHistory, secondHistory);
            await output.WriteLineAsync($"Report: {Path.Combine(folder, RunOutputs.ReportFile)}");
        }

        return ExitCodes.Success;
    }

    private static ITraceSink Sinks(RunHistoryRecorder recorder, ITraceSink? progress) =>
        progress is null ? recorder : new TraceSinks(recorder, progress);
}
