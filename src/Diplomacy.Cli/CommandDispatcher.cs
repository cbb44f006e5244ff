using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Commands;
using Diplomacy.Runtime.Output;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Cli;

/// <summary>
/// Picks the command from the first argument and turns the user's mistakes into located
/// messages and exit code 2. Each command lives in its own class under <c>Commands/</c> so that
/// a command loads only the assemblies it needs (forecast never loads Orleans).
/// </summary>
public static class CommandDispatcher
{
    public const string Usage = $"""
        diplomacy: a distributed actor simulation of diplomatic positions.

        Usage:
          {SeedInitCommand.UsageLine}
                                                    draft a world file from an article (every number left 'draft')
          {SeedReviewCommand.UsageLine}
                                                    decide the drafts in the terminal; --non-interactive lists them
          diplomacy seed validate [FILE]            check a world file against its article
          diplomacy seed show [FILE] [--actor ID,..] [--issue ID,..] [--kind KIND,..] [--quotes] [--format table|json]
          diplomacy seed audit [FILE] [--out FILE]  every stance with its quote or assumption and a check that
                                                    the quote speaks of its issue, as Markdown
                                                    (FILE defaults to the shipped seeds/*.world.yaml)
          diplomacy scenarios                       list the shipped scenarios; SCENARIO below is a file or one of their names
          diplomacy validate SCENARIO               check a scenario file and its world without running it
          diplomacy forecast DATA [--model bdm-scholz|bdm] [--rounds N] [--out DIR]
                                                    expected-utility forecast of a BDM or KTAB table (10 rounds by default)
          diplomacy run SCENARIO [--seed N] [--rounds N] [--set PATH=VALUE]... [--out DIR] [--format csv|parquet]
                [--otel none|console|otlp] [--otlp-endpoint URL] [--otlp-protocol grpc|http/protobuf]
                [--otel-file PATH] [--quiet]
                                                    run a scenario on an embedded silo; writes trace.jsonl,
                                                    stances and trace tables, manifest.json, plots and
                                                    report.html to DIR (default runs/<scenario>-<seed>)
          diplomacy compare A.yaml B.yaml [--seed N] [--rounds N] [--out DIR] [--format csv|parquet]
                [--otel none|console|otlp] [--otlp-endpoint URL] [--otlp-protocol grpc|http/protobuf]
                [--otel-file PATH] [--quiet]
                                                    run both with one seed; print final stances under A and B
                                                    and their difference, and what each agreed; write combined
                                                    plots and report.html to DIR (default runs/compare-<a>-vs-<b>-<seed>)
          diplomacy compare SWEEP_DIR_A SWEEP_DIR_B [--out DIR] [--format csv|parquet] [--quiet]
                                                    two finished sweeps: the probability of agreement on each issue
                                                    under A and B and the difference; writes the difference table and
                                                    report.html to DIR (default runs/compare-<a>-vs-<b>)
          diplomacy sweep SWEEP.yaml [--out DIR] [--parallel N] [--redis HOST:PORT] [--format csv|parquet] [--traces] [--quiet]
                                                    run every run of a sweep file (grid, sets, replicates), N at a time;
                                                    writes runs, finals, probabilities, quantiles and bands tables, fan
                                                    charts and report.html to DIR (default runs/sweep-<name>); run it
                                                    again after an interruption to resume
          diplomacy score SWEEP_DIR --observed OUTCOMES.yaml [--out DIR] [--format csv|parquet] [--quiet]
                                                    hold a finished sweep against what happened: Brier score, where each
                                                    observation falls in the ensemble, calibration table; writes tables
                                                    to DIR (default runs/score-<sweep>)
          diplomacy synth --actors N --issues K [--leaders-per-state M] [--seed S] [--out DIR] [--quiet]
                                                    write a made-up world, its synthetic article and a scenario playing
                                                    it (names from Bogus, numbers from the seed) for scale tests and
                                                    teaching, to DIR (default runs/synthetic-N-K-S)
          diplomacy silo --redis HOST:PORT [--silo-port N] [--gateway-port N] [--advertise HOST] [--cluster-id ID]
                [--otel none|console|otlp] [--otlp-endpoint URL] [--otlp-protocol grpc|http/protobuf] [--otel-file PATH]
                                                    run one silo of a cluster that meets in Redis (until Ctrl+C);
                                                    'run' and 'compare' take --redis HOST:PORT to run on that cluster
          diplomacy health [--gateway-port N] [--timeout SECONDS]
                                                    exit 0 when the silo on this machine is an active cluster member
                                                    that accepts connections (the container health check)
          diplomacy help                            this text
          diplomacy --version                       the version and the source commit it was built from

        Telemetry also follows the standard OTEL_* variables (OTEL_EXPORTER_OTLP_ENDPOINT, ..._PROTOCOL,
        OTEL_SERVICE_NAME, OTEL_SDK_DISABLED, ...); the command line wins. See docs/telemetry-and-reports.md.

        Exit codes: 0 success, 1 internal failure, 2 invalid input (the message says where),
        3 a sweep finished but some of its runs failed, 130/143 interrupted (Ctrl+C/SIGTERM).
        """;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, Console.In, output, error);

    /// <param name="input">Where interactive commands (seed review) read answers.</param>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                [] or ["help" or "--help" or "-h", ..] => Help(output),
                ["--version"] => PrintVersion(output),
                _ => await DispatchAsync(args[0], args[1..], input, output, error),
            };
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"diplomacy: {e.Message}");
            await error.WriteLineAsync("Run 'diplomacy help' for usage.");
            return ExitCodes.InvalidInput;
        }
        catch (InputException e)
        {
            foreach (var inputError in e.Errors)
            {
                await error.WriteLineAsync(inputError.ToString());
            }

            return ExitCodes.InvalidInput;
        }
    }

    private static int Help(TextWriter output)
    {
        output.WriteLine(Usage);
        return ExitCodes.Success;
    }

    private static int PrintVersion(TextWriter output)
    {
        output.WriteLine(ProductVersion.Describe());
        return ExitCodes.Success;
    }

    private static Task<int> DispatchAsync(string command, string[] rest, TextReader input, TextWriter output, TextWriter error) =>
        command switch
        {
            // Commands register here, one line each.
            "seed" => SeedCommand.RunAsync(rest, input, output),
            "forecast" => ForecastCommand.RunAsync(rest, output),
            "validate" => ValidateCommand.RunAsync(rest, output),
            "run" => RunCommand.RunAsync(rest, output, error),
            "compare" => CompareCommand.RunAsync(rest, output, error),
            "silo" => SiloCommand.RunAsync(rest, output, error),
            "scenarios" => ScenariosCommand.RunAsync(rest, output, error),
            "health" => HealthCommand.RunAsync(rest, output, error),
            "sweep" => SweepCommand.RunAsync(rest, output),
            "score" => ScoreCommand.RunAsync(rest, output),
            "synth" => SynthCommand.RunAsync(rest, output),
            _ => throw new UsageException($"unknown command '{command}'"),
        };
}
