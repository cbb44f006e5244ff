using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy compare A B [--seed N] [--rounds N] [--out DIR [--force]] ...</c>: the analyst's
/// what-if. Runs both scenarios side by side on one embedded silo with the same seed, prints each
/// actor's final stance per issue under A and B and the difference, and what was agreed under each.
/// DIR (default <c>runs/compare-&lt;a&gt;-vs-&lt;b&gt;-&lt;seed&gt;</c>) gets the combined plots and
/// report.html, and each run's own files in a subfolder named after its scenario.
/// </summary>
public static class CompareCommand
{
    public const string Name = "compare";

    public const string Summary = "run two scenarios with one seed and show how their outcomes differ";

    public const string Help = """
        Usage: diplomacy compare A B [options]
               diplomacy compare SWEEP_DIR_A SWEEP_DIR_B [--out DIR [--force]] [--format csv|parquet] [--quiet]

        Runs scenarios A and B (files, or names of shipped ones: see 'diplomacy scenarios') with one
        seed (A's, unless --seed is given) and prints the final stance of every actor on every issue
        under A and under B, the difference, and what each agreed. Writes to DIR combined plots,
        report.html and manifest.json, and each run's own files in a subfolder named after its
        scenario. DIR appears only when both runs and the report are written.

        Given two finished sweep folders instead (docs/sweep-outputs.md), prints the probability of
        agreement on each issue under A and under B and the difference, per parameter set, and writes
        the difference table, report.html and manifest.json to DIR (default runs/compare-<a>-vs-<b>).

        Options:
        """ + "\n" + ScenarioArguments.SeedAndRoundsHelp + """

          --out DIR                the output folder (default runs/compare-<a>-vs-<b>-<seed>); it must not
                                   exist, be empty, or hold an earlier output of diplomacy, which is replaced
        """ + "\n" + ScenarioArguments.ForceHelp + "\n" + OutputSettings.OptionsHelp + "\n" + ClusterArguments.OptionsHelp + "\n"
        + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Examples:
          diplomacy compare europe-at-table europe-kept-out
          diplomacy compare runs/sweep-europe-at-table-uncertain runs/sweep-europe-kept-out-uncertain
        """;

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
        OutputFolder.Check(folder, arguments.Force);

        using var interruption = Interruption.Listen();
        var (firstHistory, secondHistory) = await interruption.RunAsync(async cancellation =>
        {
            using var telemetry = TelemetryArguments.Start(settings.Telemetry, error);
            // Both runs and the combined report are staged together: the folder appears only when all are written.
            using var staging = StagingFolder.Create(folder);
            var firstFolder = Path.Combine(staging.Working, first.Name == second.Name ? first.Name + "-a" : first.Name);
            var secondFolder = Path.Combine(staging.Working, first.Name == second.Name ? second.Name + "-b" : second.Name);

            await using var silo = await ClusterArguments.ConnectAsync(arguments.Cluster, settings.Telemetry.Tracing, cancellation);
            var siloStart = silo.StartTime;
            var runner = new ScenarioRunner(silo.Client);
            var firstRecorder = new RunHistoryRecorder();
            var secondRecorder = new RunHistoryRecorder();
            var results = await RoundProgress.ShowAsync(
                settings.ShowsProgress(output),
                [(first.Name, options.Rounds ?? first.Rounds), (second.Name, options.Rounds ?? second.Rounds)],
                progress => Task.WhenAll(
                    runner.RunToFolderAsync(first, options, firstFolder, Sinks(firstRecorder, progress[0]), siloStart, settings.Format, cancellationToken: cancellation),
                    runner.RunToFolderAsync(second, options, secondFolder, Sinks(secondRecorder, progress[1]), siloStart, settings.Format, cancellationToken: cancellation)));

            var histories = (firstRecorder.ToHistory(first, results[0]), secondRecorder.ToHistory(second, results[1]));
            CompareOutputs.Write(histories.Item1, histories.Item2, staging.Working);
            OutputManifest.Write(staging, "compare", "first", first.File, "second", second.File, "seed", options.Seed.GetValueOrDefault().ToString(System.Globalization.CultureInfo.InvariantCulture));
            staging.Publish();
            return histories;
        });

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
