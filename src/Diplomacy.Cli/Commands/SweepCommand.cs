using System.Globalization;
using System.Runtime.InteropServices;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Sweeps;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy sweep SWEEP.yaml [--out DIR] [--parallel N] [--redis HOST:PORT] [--format csv|parquet]
/// [--traces] [--quiet]</c>: every run a sweep file asks for, N at a time, on the embedded silo or a
/// cluster; tables streamed to DIR (default <c>runs/sweep-&lt;name&gt;</c>) in run order, then the
/// aggregates, fan charts and report. Interrupted, it resumes when run again; exit code 3 when
/// every run is done but some failed.
/// </summary>
public static class SweepCommand
{
    public const string UsageLine = "diplomacy sweep SWEEP.yaml [--out DIR] [--parallel N] [--redis HOST:PORT] [--format csv|parquet] [--traces] [--quiet]";

    /// <summary>The most runs at once: more only queue up inside the silos.</summary>
    public const int MaxParallel = 256;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>(StringComparer.Ordinal) { "quiet", "traces" });
        var outDirectory = arguments.Option("out");
        var parallel = arguments.IntOption("parallel", minimum: 1) ?? DefaultParallel;
        if (parallel > MaxParallel)
        {
            throw new UsageException($"option '--parallel' must be at most {MaxParallel}, got {parallel}");
        }

        var cluster = ClusterArguments.Read(arguments);
        var format = arguments.Choice("format", "csv", "csv", "parquet") == "parquet" ? TableFormat.Parquet : TableFormat.Csv;
        var traces = arguments.Flag("traces");
        var quiet = arguments.Flag("quiet");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(1);
        var sweep = SweepFileReader.Load(arguments.Positional(0, "sweep file (for example scenarios/sweeps/baseline-1000.yaml)"));
        var folder = outDirectory ?? Path.Combine("runs", $"sweep-{sweep.Name}");

        using var stop = new CancellationTokenSource();
        var signal = 0;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await using var silo = await ClusterArguments.ConnectAsync(cluster, tracing: false);
        var options = new SweepOptions(folder, parallel, format, traces) { SiloStart = silo.StartTime };
        var display = SweepProgressDisplay.For(output, quiet, sweep);
        SweepSummary summary;
        try
        {
            summary = await display.ShowAsync(progress => new SweepRunner(silo.Client).RunAsync(sweep, options, progress, stop.Token));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await output.WriteLineAsync($"Interrupted: finished runs are kept in {Path.GetFullPath(folder)}{SweepFolder.PartialSuffix}; run the same command again to resume.");
            return signal == (int)PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;
        }

        await PrintAsync(output, quiet, sweep, summary, folder);
        return summary.Failed > 0 ? ExitCodes.FinishedWithFailedRuns : ExitCodes.Success;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            signal = (int)context.Signal;
            stop.Cancel();
        }
    }

    /// <summary>Two runs per core keep an embedded silo busy while each run waits on its grain calls.</summary>
    private static int DefaultParallel => 2 * Environment.ProcessorCount;

    private static async Task PrintAsync(TextWriter output, bool quiet, Sweep sweep, SweepSummary summary, string folder)
    {
        if (quiet)
        {
            await output.WriteLineAsync(folder);
            return;
        }

        if (summary.AlreadyFinished)
        {
            await output.WriteLineAsync($"{folder} already holds this sweep, finished; nothing to do (delete the folder to run it again).");
            return;
        }

        var resumed = summary.Resumed > 0 ? $" ({summary.Resumed} of them finished before and kept)" : "";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Sweep {sweep.Name}: {summary.Runs} runs ({sweep.Sets.Count} parameter set(s) × {sweep.Replicates.Count} replicate(s)){resumed}; {summary.Failed} failed."));
        foreach (var failure in summary.Failures)
        {
            await output.WriteLineAsync($"  run {failure.Run.Number} (set {failure.Run.Set}, seed {failure.Run.Seed}) failed: {failure.Error}");
        }

        if (summary.Failed > summary.Failures.Count)
        {
            await output.WriteLineAsync($"  … and {summary.Failed - summary.Failures.Count} more; the runs table's error column lists them all.");
        }

        await output.WriteLineAsync($"Tables: {Path.Combine(folder, "runs")}, finals, probabilities, quantiles, bands");
        await output.WriteLineAsync($"Report: {Path.Combine(folder, RunOutputs.ReportFile)}");
    }
}
