using System.Globalization;
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
    public const string Name = "sweep";

    public const string Summary = "run a scenario many times (a grid, parameter sets, seeded replicates) and write the odds";

    public const string Help = """
        Usage: diplomacy sweep SWEEP.yaml [options]

        Runs every run a sweep file asks for (docs/sweep-format.md): its scenario under each
        parameter set of its grid and sets, each with every replicate seed, N runs at a time, on an
        embedded silo or on a cluster (--redis). As runs finish, writes in run order the runs table
        (one row per run, with the command that reruns it alone) and the finals table; at the end the
        probabilities, quantiles and bands tables, fan charts, report.html and sweep.json
        (docs/sweep-outputs.md). While it runs the folder is DIR.partial; interrupted (Ctrl+C,
        SIGTERM, a crash), the same command resumes it and writes the same bytes as an uninterrupted
        sweep. A changed sweep file is refused. A run that fails is a row with its error and the sweep
        goes on; it then exits 3. At most 100,000 runs.

        Options:
          --out DIR                the output folder (default runs/sweep-<name>); it must not exist, be
                                   empty, or hold this same sweep (finished: nothing to do)
          --parallel N             runs at once, 1-256 (default two per core)
          --format csv|parquet     the tables as CSV (default) or Parquet
          --traces                 also keep each run's trace.jsonl, as traces/NNNNNN.jsonl
          --quiet                  print only the output folder (no progress bar)
        """ + "\n" + ClusterArguments.OptionsHelp + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy sweep scenarios/sweeps/russia-capability-grid.yaml --parallel 4
        """;

    /// <summary>The most runs at once: more only queue up inside the silos.</summary>
    public const int MaxParallel = 256;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>(StringComparer.Ordinal) { "quiet", "traces" });
        var outDirectory = arguments.Option("out");
        var parallel = arguments.IntOption("parallel", minimum: 1, maximum: MaxParallel) ?? DefaultParallel;
        var cluster = ClusterArguments.Read(arguments);
        var format = arguments.Choice("format", "csv", "csv", "parquet") == "parquet" ? TableFormat.Parquet : TableFormat.Csv;
        var traces = arguments.Flag("traces");
        var quiet = arguments.Flag("quiet");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(1);
        var sweep = SweepFileReader.Load(arguments.Positional(0, "sweep file (for example scenarios/sweeps/baseline-1000.yaml)"));
        var folder = outDirectory ?? Path.Combine("runs", $"sweep-{sweep.Name}");

        using var interruption = Interruption.Listen();
        SweepSummary summary;
        try
        {
            summary = await interruption.RunAsync(async cancellation =>
            {
                await using var silo = await ClusterArguments.ConnectAsync(cluster, tracing: false, cancellation);
                var options = new SweepOptions(folder, parallel, format, traces) { SiloStart = silo.StartTime };
                var display = SweepProgressDisplay.For(output, quiet, sweep);
                return await display.ShowAsync(progress => new SweepRunner(silo.Client).RunAsync(sweep, options, progress, cancellation));
            });
        }
        catch (InterruptedException e) when (Directory.Exists(Path.GetFullPath(folder) + SweepFolder.PartialSuffix))
        {
            // Unlike a run, an interrupted sweep keeps what it finished: say where, and how to go on.
            await output.WriteLineAsync($"Interrupted by {InterruptedException.Name(e.Signal)}: finished runs are kept in {Path.GetFullPath(folder)}{SweepFolder.PartialSuffix}; run the same command again to resume.");
            return e.ExitCode;
        }

        await PrintAsync(output, quiet, sweep, summary, folder);
        return summary.Failed > 0 ? ExitCodes.FinishedWithFailedRuns : ExitCodes.Success;
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
