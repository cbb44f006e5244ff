using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy run SCENARIO [--seed N] [--rounds N] [--out DIR [--force]] [--format csv|parquet]
/// [--otel none|console|otlp] [--otlp-endpoint URL] [--otlp-protocol P] [--otel-file PATH] [--quiet]
/// [--redis HOST:PORT]</c>: runs a scenario (a file or a shipped name) on an embedded silo and
/// writes into DIR (default <c>runs/&lt;scenario&gt;-&lt;seed&gt;</c>) trace.jsonl, the stances and
/// trace tables, manifest.json, a PNG and an SVG plot per issue and report.html. On a terminal it
/// shows a progress bar, elsewhere each round's events; <c>--quiet</c> prints only DIR. Ctrl+C or
/// SIGTERM stops it within a round and writes nothing.
/// </summary>
public static class RunCommand
{
    public const string Name = "run";

    public const string Summary = "run a scenario and write its trace, tables, plots and report";

    public const string Help = """
        Usage: diplomacy run SCENARIO [options]

        Runs SCENARIO (a scenario file, or the name of a shipped one: see 'diplomacy scenarios') round
        by round on an embedded silo (or on a cluster, with --redis) and prints each round's proposals,
        answers and moves, starring those caused by a scenario event that rests on an 'assumption'
        rather than on the article, then a table of where every actor started and ended. Writes to DIR:
        trace.jsonl, stances.csv and trace.csv (or .parquet), manifest.json, a PNG and an SVG plot per
        issue, and report.html. DIR appears only when everything in it is written; Ctrl+C or SIGTERM
        stops the run and writes nothing.

        Options:
        """ + "\n" + ScenarioArguments.SeedAndRoundsHelp + """

          --out DIR                the output folder (default runs/<scenario>-<seed>); it must not exist,
                                   be empty, or hold an earlier output of diplomacy, which is replaced
        """ + "\n" + ScenarioArguments.ForceHelp + "\n" + OutputSettings.OptionsHelp + "\n" + ClusterArguments.OptionsHelp + "\n"
        + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy run scenarios/talks-as-announced.yaml --seed 7 --out runs/talks-7
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = ScenarioArguments.Read(args, "scenario file (for example scenarios/talks-as-announced.yaml)");
        var (scenario, settings) = (arguments.Scenarios[0], arguments.Settings);
        var options = new RunOptions(arguments.Seed, arguments.Rounds);
        var folder = arguments.Out ?? ScenarioRunner.DefaultFolder(scenario, options);
        OutputFolder.Check(folder, arguments.Force);

        using var interruption = Interruption.Listen();
        var result = await interruption.RunAsync(async cancellation =>
        {
            using var telemetry = TelemetryArguments.Start(settings.Telemetry, error);
            await using var silo = await ClusterArguments.ConnectAsync(arguments.Cluster, settings.Telemetry.Tracing, cancellation);
            var siloStart = silo.StartTime;
            var printer = new RunPrinter(output);
            var recorder = new RunHistoryRecorder();
            var showProgress = settings.ShowsProgress(output);
            var finished = await RoundProgress.ShowAsync(
                showProgress,
                [(scenario.Name, options.Rounds ?? scenario.Rounds)],
                progress =>
                {
                    ITraceSink? onScreen = settings.Quiet || showProgress ? progress[0] : printer;
                    ITraceSink sinks = onScreen is null ? recorder : new TraceSinks(recorder, onScreen);
                    return new ScenarioRunner(silo.Client).RunToFolderAsync(
                        scenario,
                        options,
                        folder,
                        sinks,
                        siloStart,
                        settings.Format,
                        addFiles: (done, directory) => RunOutputs.Write(recorder.ToHistory(scenario, done), directory),
                        cancellationToken: cancellation);
                });
            return (finished, printer);
        });

        if (settings.Quiet)
        {
            await output.WriteLineAsync(folder);
        }
        else
        {
            await result.printer.PrintSummaryAsync(result.finished, folder);
            await output.WriteLineAsync($"Report: {Path.Combine(folder, RunOutputs.ReportFile)}");
        }

        return ExitCodes.Success;
    }
}
