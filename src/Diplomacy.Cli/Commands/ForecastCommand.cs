using Diplomacy.Cli.CommandLine;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy forecast DATA [--model bdm-scholz|bdm] [--rounds N] [--out DIR]</c>: runs the
/// expected-utility model on a BDM table or a KTAB file (each dimension on its own), prints the
/// rounds and their moves, and writes <c>positions.csv</c> and <c>summary.csv</c>. Touches only
/// the model and the table readers, so the process never loads Orleans, Spectre or YAML.
/// </summary>
public static class ForecastCommand
{
    public const int DefaultRounds = 10;

    /// <summary>From this many actors a round shares its rows among the machine's cores (the result is the same).</summary>
    private const int ParallelFrom = 200;

    private static readonly IReadOnlySet<string> NoFlags = new HashSet<string>();

    public static Task<int> RunAsync(string[] args, TextWriter output)
    {
        var reader = new ArgumentReader(args, NoFlags);
        var path = reader.Positional(0, "DATA file (a BDM table or a KTAB spatial-model CSV)");
        reader.ExpectPositionals(1);
        var modelName = reader.Choice("model", "bdm-scholz", "bdm-scholz", "bdm");
        var rounds = reader.IntOption("rounds", minimum: 0) ?? DefaultRounds;
        var outputDirectory = reader.Option("out");
        reader.RejectUnknown();

        var data = ForecastData.Read(path);
        var variant = modelName == "bdm" ? BdmVariant.Paper : BdmVariant.Scholz;
        var forecasts = new List<IReadOnlyList<BdmRound>>(data.Issues.Count);
        foreach (var issue in data.Issues)
        {
            var parallelism = issue.Actors.Count >= ParallelFrom ? Environment.ProcessorCount : 1;
            forecasts.Add(ExpectedUtilityModel.Forecast(issue.Actors, rounds, new BdmOptions(variant, MaxDegreeOfParallelism: parallelism)));
        }

        if (outputDirectory is not null)
        {
            ForecastFiles.Write(outputDirectory, data, forecasts);
        }

        output.Write(ForecastReport.Render(data, forecasts, modelName, rounds));
        return Task.FromResult(ExitCodes.Success);
    }
}
