using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Tables;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// Writes a forecast's <c>positions.csv</c>, <c>summary.csv</c> and <c>manifest.json</c> with the
/// run's own staging folder and CSV writer: the folder appears under its name only when complete,
/// and only where a run's output could go (<see cref="OutputFolder"/>). Round 0 is the input;
/// numbers are round-trip.
/// </summary>
public static class ForecastFiles
{
    public const string PositionsFile = ForecastTables.Positions + ".csv";
    public const string SummaryFile = ForecastTables.Summary + ".csv";

    public static void Write(string directory, ForecastData data, IReadOnlyList<IReadOnlyList<BdmRound>> forecasts, string model, int rounds)
    {
        var multi = data.Issues.Count > 1;
        using var staging = StagingFolder.Create(directory);
        using (var positions = Open(ForecastTables.PositionsSchema(multi), staging))
        using (var summary = Open(ForecastTables.SummarySchema(multi), staging))
        {
            for (var d = 0; d < data.Issues.Count; d++)
            {
                int? dimension = multi ? d + 1 : null;
                var actors = data.Issues[d].Actors;
                var start = new BdmSnapshot(actors);
                WriteRound(positions, summary, 0, dimension, actors, ForecastReport.StartPositions(actors), ExpectedUtilityModel.Median(start), ExpectedUtilityModel.Mean(start));
                for (var round = 1; round <= forecasts[d].Count; round++)
                {
                    var result = forecasts[d][round - 1];
                    WriteRound(positions, summary, round, dimension, actors, result.Positions, result.Median, result.Mean);
                }
            }
        }

        OutputManifest.Write(staging, "forecast", "data", data.Source, "model", model, "rounds", rounds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        staging.Publish();
    }

    private static void WriteRound(
        CsvTableWriter<ForecastPosition> positions,
        CsvTableWriter<ForecastSummary> summary,
        int round,
        int? dimension,
        IReadOnlyList<BdmActor> actors,
        IReadOnlyList<double> atRound,
        double median,
        double mean)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            positions.Write(new ForecastPosition(round, dimension, actors[i].Name, atRound[i]));
        }

        summary.Write(new ForecastSummary(round, dimension, median, mean));
    }

    // The CSV writer itself, not TableWriter.Create: choosing a format would reach for Parquet, which a forecast never loads.
    private static CsvTableWriter<TRow> Open<TRow>(TableSchema<TRow> schema, StagingFolder staging) =>
        new(schema, new FileStream(Path.Combine(staging.Working, schema.Name + ".csv"), FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16));
}
