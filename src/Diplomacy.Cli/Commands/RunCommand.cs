using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy run SCENARIO [--seed N] [--rounds N] [--out DIR] [--format csv|parquet]
/// [--otel none|console|otlp] [--otlp-endpoint URL] [--otlp-protocol P] [--otel-file PATH] [--quiet]</c>: runs a scenario on an embedded
/// silo and writes into DIR (default <c>runs/&lt;scenario&gt;-&lt;seed&gt;</c>) trace.jsonl, the
/// stances and trace tables, manifest.json, a PNG and an SVG plot per issue and report.html. On a
/// terminal it shows a progress bar, elsewhere each round's events; <c>--quiet</c> prints only DIR.
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = ScenarioArguments.Read(args, "scenario file (for example scenarios/talks-as-announced.yaml)");
        var (scenario, settings) = (arguments.Scenarios[0], arguments.Settings);
        var options = new RunOptions(arguments.Seed, arguments.Rounds);
        var folder = arguments.Out ?? ScenarioRunner.DefaultFolder(scenario, options);

        using var telemetry = TelemetryArguments.Start(settings.Telemetry, error);
        await using var silo = await ClusterArguments.ConnectAsync(arguments.Cluster, settings.Telemetry.Tracing);
        var siloStart = silo.StartTime;
        var printer = new RunPrinter(output);
        var recorder = new RunHistoryRecorder();
        var showProgress = settings.ShowsProgress(output);
        var result = await RoundProgress.ShowAsync(
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
                    addFiles: (finished, directory) => RunOutputs.Write(recorder.ToHistory(scenario, finished), directory));
            });

        if (settings.Quiet)
        {
            await output.WriteLineAsync(folder);
        }
        else
        {
            await printer.PrintSummaryAsync(result, folder);
            await output.WriteLineAsync($"Report: {Path.Combine(folder, RunOutputs.ReportFile)}");
        }

        return ExitCodes.Success;
    }
}
