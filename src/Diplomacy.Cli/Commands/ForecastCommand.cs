using Diplomacy.Cli.CommandLine;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Runtime.Output;
using Diplomacy.Scenarios.Input;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy forecast DATA [--model bdm-scholz|bdm] [--rounds N] [--out DIR [--force]]</c>: runs the
/// expected-utility model on a BDM table or a KTAB file (each dimension on its own), prints the
/// rounds and their moves, and writes <c>positions.csv</c> and <c>summary.csv</c>. Touches only
/// the model, the table readers and the output folder code, so the process never loads Orleans,
/// Spectre or YAML.
/// </summary>
public static class ForecastCommand
{
    public const string Name = "forecast";

    public const string Summary = "expected-utility forecast of a BDM table or a KTAB file";

    public const string Help = """
        Usage: diplomacy forecast DATA [--model bdm-scholz|bdm] [--rounds N] [--out DIR [--force]]

        Runs Bueno de Mesquita's expected-utility model on DATA and prints each round's median, mean
        and moves, then a table of positions. DATA is a BDM table (header Actor,Capability,Position,
        Salience) or a KTAB spatial-model CSV, whose dimensions are forecast one by one. At most
        1,000 actors, 100 KTAB dimensions, 16 MiB; a forecast holds at most 2,000,000 positions
        (actors × dimensions × (rounds + 1)) and does at most 100,000,000 actors² × rounds (summed
        over dimensions; about two minutes on one core).

        Options:
          --model bdm-scholz|bdm   the Scholz et al. replication (default) or BDM 1994 as published
          --rounds N               rounds to forecast, 0-1000 (default 10)
          --out DIR                also write positions.csv, summary.csv and manifest.json to DIR, which
                                   must not exist, be empty, or hold an earlier output of diplomacy
          --force                  replace DIR even though files were added to it since diplomacy wrote it

        """ + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy forecast data/eu-emissions.csv --rounds 10 --out runs/eu-forecast
        """;

    public const int DefaultRounds = 10;

    /// <summary>From this many actors a round shares its rows among the machine's cores (the result is the same).</summary>
    private const int ParallelFrom = 200;

    private static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "force" };

    // Synchronous on purpose: async machinery costs the forecast's start-up compiled code it does not need.
    public static Task<int> RunAsync(string[] args, TextWriter output)
    {
        var reader = new ArgumentReader(args, Flags);
        var modelName = reader.Choice("model", "bdm-scholz", "bdm-scholz", "bdm");
        var rounds = reader.IntOption("rounds", minimum: 0, maximum: ScenarioLimits.MaxRounds) ?? DefaultRounds;
        var outputDirectory = reader.Option("out");
        var force = reader.Flag("force");
        reader.RejectUnknown();
        var path = reader.Positional(0, "DATA file (a BDM table or a KTAB spatial-model CSV)");
        reader.ExpectPositionals(1);
        if (outputDirectory is null && force)
        {
            throw new UsageException("option '--force' needs '--out DIR': without it a forecast writes no files");
        }

        if (outputDirectory is not null)
        {
            OutputFolder.Check(outputDirectory, force);
        }

        var data = ForecastData.Read(path);
        CheckSize(data, rounds);
        var variant = modelName == "bdm" ? BdmVariant.Paper : BdmVariant.Scholz;
        var forecasts = new List<IReadOnlyList<BdmRound>>(data.Issues.Count);
        foreach (var issue in data.Issues)
        {
            var parallelism = issue.Actors.Count >= ParallelFrom ? Environment.ProcessorCount : 1;
            forecasts.Add(ExpectedUtilityModel.Forecast(issue.Actors, rounds, new BdmOptions(variant, MaxDegreeOfParallelism: parallelism)));
        }

        if (outputDirectory is not null)
        {
            ForecastFiles.Write(outputDirectory, data, forecasts, modelName, rounds);
        }

        output.Write(ForecastReport.Render(data, forecasts, modelName, rounds));
        return Task.FromResult(ExitCodes.Success);
    }

    /// <summary>
    /// Refuses, before any round is computed, a forecast that would hold more positions than the
    /// limit (memory) or take more than about two minutes (a round costs about the square of its actors).
    /// </summary>
    private static void CheckSize(ForecastData data, int rounds)
    {
        long actors = 0;
        long pairs = 0;
        foreach (var issue in data.Issues)
        {
            actors += issue.Actors.Count;
            pairs += (long)issue.Actors.Count * issue.Actors.Count;
        }

        var positions = actors * (rounds + 1);
        if (positions > InputLimits.ForecastPositions)
        {
            throw new UsageException(
                $"a forecast of {actors:N0} actor rows in all over {rounds} rounds holds {positions:N0} positions; " +
                $"the limit is {InputLimits.ForecastPositions:N0}: use fewer rounds (--rounds) or a smaller table");
        }

        if (pairs * rounds > InputLimits.ForecastWork)
        {
            throw new UsageException(
                $"a forecast of {data.Issues.Count} dimension(s) with {actors:N0} actor rows in all over {rounds} rounds is {pairs * rounds:N0} actor pairs × rounds; " +
                $"the limit is {InputLimits.ForecastWork:N0} (about two minutes on one core): use fewer rounds (--rounds) or a smaller table");
        }
    }
}
