using Diplomacy.Experiments.Scoring;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>A parameter set's score: its tallies (one per observation, in file order), Brier score and calibration table.</summary>
public sealed record SetScore(int Set, string Parameters, IReadOnlyList<ObservationTally> Tallies)
{
    public double? Brier => Experiments.Scoring.Calibration.Brier(Tallies);

    public IReadOnlyList<CalibrationBin> Calibration => Experiments.Scoring.Calibration.Table(Tallies);
}

/// <summary>
/// Holds a finished sweep's runs against observations (<c>diplomacy score</c>): reads the runs table
/// (agreement rounds) and the finals table (where each stance ended) row by row, and counts, per
/// parameter set, the runs that show each observed event. Failed runs count for nothing.
/// </summary>
public static class SweepScorer
{
    public const string ScoresTable = "scores";
    public const string TalliesTable = "observations";
    public const string CalibrationTable = "calibration";

    public static TableSchema<SetScore> ScoresSchema { get; } = new(ScoresTable,
    [
        new("set", ColumnType.Int32, false, "parameter set, from 1", r => r.Set),
        new("parameters", ColumnType.Text, false, "the set's values as PATH=VALUE", r => r.Parameters),
        new("observations", ColumnType.Int32, false, "observations scored", r => r.Tallies.Count(t => t.Brier is not null)),
        new("brier", ColumnType.Double, true, "mean of (forecast - outcome)^2 over the observations; 0 best, 1 worst", r => r.Brier),
    ]);

    public static TableSchema<ObservationTally> TalliesSchema { get; } = new(TalliesTable,
    [
        new("set", ColumnType.Int32, false, "parameter set, from 1", r => r.Set),
        new("observation", ColumnType.Text, false, "the observation's id", r => r.Observation.Id),
        new("date", ColumnType.Text, true, "when it was observed, as the file gives it", r => r.Observation.Date),
        new("happened", ColumnType.Text, false, "true or false, as observed", r => r.Observation.Happened ? "true" : "false"),
        new("runs", ColumnType.Int32, false, "finished runs of the set", r => r.Runs),
        new("occurred", ColumnType.Int32, false, "runs showing the event", r => r.Occurred),
        new("forecast", ColumnType.Double, true, "occurred / runs: the ensemble's probability of the event", r => r.Forecast),
        new("brier", ColumnType.Double, true, "(forecast - outcome)^2", r => r.Brier),
        new("before", ColumnType.Int32, false, "stance: runs ending below the range; agreement: unused (0)", r => r.Before),
        new("after", ColumnType.Int32, false, "stance: runs ending above the range; agreement: runs agreeing only after the round", r => r.After),
    ]);

    public static TableSchema<(int Set, CalibrationBin Bin)> CalibrationSchema { get; } = new(CalibrationTable,
    [
        new("set", ColumnType.Int32, false, "parameter set, from 1", r => r.Set),
        new("low", ColumnType.Double, false, "bin: forecasts from this", r => r.Bin.Low),
        new("high", ColumnType.Double, false, "bin: forecasts below this (the last bin includes 1)", r => r.Bin.High),
        new("observations", ColumnType.Int32, false, "observations whose forecast fell in the bin", r => r.Bin.Observations),
        new("mean_forecast", ColumnType.Double, true, "their mean forecast", r => r.Bin.MeanForecast),
        new("observed_frequency", ColumnType.Double, true, "the share of them that happened", r => r.Bin.ObservedFrequency),
    ]);

    public static async Task<IReadOnlyList<SetScore>> ScoreAsync(string folder, IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var issues = (await SweepTableReader.ColumnsAsync(folder, SweepTables.Runs))
            .Where(c => c.StartsWith("agreed_", StringComparison.Ordinal))
            .Select(c => c["agreed_".Length..])
            .ToList();
        ObservationsReader.CheckAgainst(observations, issues, await StancesAsync(folder));

        var parameters = new SortedDictionary<int, string>();
        await foreach (var row in SweepTableReader.ReadAsync(folder, SweepAggregates.ProbabilitiesTable))
        {
            parameters.TryAdd(row.Int("set"), row["parameters"] ?? "");
        }

        var tallies = parameters.Keys.ToDictionary(set => set, set => observations.Select(o => new ObservationTally(o, set, 0, 0, 0, 0)).ToArray());
        var setOfRun = new Dictionary<int, int>();
        await foreach (var row in SweepTableReader.ReadAsync(folder, SweepTables.Runs))
        {
            if (row["error"] is not null)
            {
                continue;
            }

            var set = row.Int("set");
            setOfRun[row.Int("run")] = set;
            var counts = tallies[set];
            for (var i = 0; i < observations.Count; i++)
            {
                if (observations[i] is AgreementObservation agreement)
                {
                    var round = row.OptionalInt($"agreed_{agreement.Issue}");
                    counts[i] = counts[i].Add(occurred: round <= agreement.ByRound, before: false, after: round > agreement.ByRound);
                }
            }
        }

        await foreach (var row in SweepTableReader.ReadAsync(folder, SweepTables.Finals))
        {
            var (actor, issue) = (row["actor"], row["issue"]);
            for (var i = 0; i < observations.Count; i++)
            {
                if (observations[i] is StanceObservation stance && stance.Actor == actor && stance.Issue == issue && setOfRun.TryGetValue(row.Int("run"), out var set))
                {
                    var end = row.OptionalDouble("end")!.Value;
                    var counts = tallies[set];
                    counts[i] = counts[i].Add(occurred: end >= stance.Low && end <= stance.High, before: end < stance.Low, after: end > stance.High);
                }
            }
        }

        return parameters.Select(p => new SetScore(p.Key, p.Value, tallies[p.Key])).ToList();
    }

    /// <summary>The stances the sweep records, from the finals rows of its first finished run.</summary>
    private static async Task<IReadOnlyList<(string Actor, string Issue)>> StancesAsync(string folder)
    {
        var stances = new List<(string, string)>();
        int? first = null;
        await foreach (var row in SweepTableReader.ReadAsync(folder, SweepTables.Finals))
        {
            first ??= row.Int("run");
            if (row.Int("run") != first)
            {
                break;
            }

            stances.Add((row["actor"]!, row["issue"]!));
        }

        return stances;
    }
}
