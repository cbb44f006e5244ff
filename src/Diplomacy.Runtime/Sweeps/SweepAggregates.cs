using Diplomacy.Experiments.Aggregates;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>Per parameter set and issue: how many runs finished, how many agreed on the issue, and the share.</summary>
public sealed record ProbabilityRow(int Set, string Parameters, string Issue, int Runs, int Agreed, double? Probability);

/// <summary>Per parameter set, actor and issue, one round: the 5 %, 50 % and 95 % quantiles of the position over the set's finished runs.</summary>
public sealed record BandRow(int Set, string Actor, string Issue, int Round, int Runs, double? Low, double? Median, double? High);

/// <summary>What the report and the fan charts show: the first sets' bands and every set's odds (up to a limit).</summary>
public sealed record SweepAggregateView(IReadOnlyList<ProbabilityRow> Probabilities, IReadOnlyList<BandRow> Bands, int Sets);

/// <summary>
/// The aggregate tables, made from the journal at the end of a sweep, set by set
/// (docs/sweep-outputs.md): <c>probabilities</c> (agreement per issue), <c>quantiles</c> (final
/// stances) and <c>bands</c> (every round, for fan charts). Quantiles are exact (type 7): the
/// positions of a set are read in batches of stances small enough that memory stays under a fixed
/// budget however many runs there are.
/// </summary>
public static class SweepAggregates
{
    public const string ProbabilitiesTable = "probabilities";
    public const string QuantilesTable = "quantiles";
    public const string BandsTable = "bands";

    /// <summary>Sets whose bands the fan charts draw and the report shows; the bands table holds them all.</summary>
    public const int ChartedSets = 6;

    /// <summary>Sets whose odds the report lists; the probabilities table holds them all.</summary>
    public const int ReportedSets = 200;

    /// <summary>Positions held at once while computing quantiles: 1 million doubles, 8 MB, whatever the number of runs.</summary>
    private const long PositionBudget = 1_000_000;

    public static TableSchema<ProbabilityRow> ProbabilitiesSchema { get; } = new(ProbabilitiesTable,
    [
        new("set", ColumnType.Int32, false, "parameter set, from 1", r => r.Set),
        new("parameters", ColumnType.Text, false, "the set's values as PATH=VALUE, comma-separated", r => r.Parameters),
        new("issue", ColumnType.Text, false, "issue in play", r => r.Issue),
        new("runs", ColumnType.Int32, false, "runs of the set that finished (failed runs are left out)", r => r.Runs),
        new("agreed", ColumnType.Int32, false, "of those, runs with an agreement settling the issue", r => r.Agreed),
        new("probability", ColumnType.Double, true, "agreed / runs; empty when no run finished", r => r.Probability),
    ]);

    public static TableSchema<BandRow> QuantilesSchema { get; } = new(QuantilesTable,
    [
        new("set", ColumnType.Int32, false, "parameter set, from 1", r => r.Set),
        new("actor", ColumnType.Text, false, "actor id", r => r.Actor),
        new("issue", ColumnType.Text, false, "issue id", r => r.Issue),
        new("runs", ColumnType.Int32, false, "runs of the set that finished", r => r.Runs),
        new("q05", ColumnType.Double, true, "5 % quantile of the final position (type 7); empty when no run finished", r => r.Low),
        new("q50", ColumnType.Double, true, "median of the final position", r => r.Median),
        new("q95", ColumnType.Double, true, "95 % quantile of the final position", r => r.High),
    ]);

    public static TableSchema<BandRow> BandsSchema { get; } = new(BandsTable,
    [
        new("set", ColumnType.Int32, false, "parameter set, from 1", r => r.Set),
        new("actor", ColumnType.Text, false, "actor id", r => r.Actor),
        new("issue", ColumnType.Text, false, "issue id", r => r.Issue),
        new("round", ColumnType.Int32, false, "round, from 0 (the start); a run that stopped early keeps its last positions", r => r.Round),
        new("runs", ColumnType.Int32, false, "runs of the set that finished", r => r.Runs),
        new("q05", ColumnType.Double, true, "5 % quantile of the position after the round (type 7)", r => r.Low),
        new("q50", ColumnType.Double, true, "median of the position after the round", r => r.Median),
        new("q95", ColumnType.Double, true, "95 % quantile of the position after the round", r => r.High),
    ]);

    public static async Task<SweepAggregateView> WriteAsync(Sweep sweep, SweepSeries series, SweepJournal journal, string directory, TableFormat format)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(journal);
        var shownOdds = new List<ProbabilityRow>();
        var shownBands = new List<BandRow>();
        await using var probabilities = TableWriter.Create(ProbabilitiesSchema, format, directory);
        await using var quantiles = TableWriter.Create(QuantilesSchema, format, directory);
        await using var bands = TableWriter.Create(BandsSchema, format, directory);
        var replicates = sweep.Replicates.Count;
        for (var set = 1; set <= sweep.Sets.Count; set++)
        {
            var (first, last) = (((set - 1) * replicates) + 1, set * replicates);
            foreach (var row in Odds(sweep, set, journal.Records(first, last)))
            {
                await probabilities.WriteAsync(row);
                if (set <= ReportedSets)
                {
                    shownOdds.Add(row);
                }
            }

            foreach (var row in Bands(series, set, journal, first, last))
            {
                await bands.WriteAsync(row);
                if (row.Round == series.Rounds)
                {
                    await quantiles.WriteAsync(row);
                }

                if (set <= ChartedSets)
                {
                    shownBands.Add(row);
                }
            }
        }

        return new SweepAggregateView(shownOdds, shownBands, sweep.Sets.Count);
    }

    private static List<ProbabilityRow> Odds(Sweep sweep, int set, IEnumerable<SweepRecord> runs)
    {
        var odds = sweep.Scenario.Issues.Select(_ => new AgreementOdds(0, 0)).ToArray();
        foreach (var record in runs)
        {
            if (!record.Failed)
            {
                for (var i = 0; i < odds.Length; i++)
                {
                    odds[i] = odds[i].Add(record.AgreedRound(sweep.Scenario.Issues[i]) is not null);
                }
            }
        }

        var label = sweep.Sets[set - 1].Label;
        return sweep.Scenario.Issues.Select((issue, i) => new ProbabilityRow(set, label, issue, odds[i].Runs, odds[i].Agreed, odds[i].Probability)).ToList();
    }

    /// <summary>Rows stance by stance, round by round; each batch of stances reads the set's positions once, into arrays reused batch after batch.</summary>
    private static IEnumerable<BandRow> Bands(SweepSeries series, int set, SweepJournal journal, int first, int last)
    {
        var runs = last - first + 1;
        var batch = (int)Math.Clamp(PositionBudget / ((long)runs * series.Points), 1, Math.Max(1, series.Stances.Count));
        var values = new double[batch * series.Points][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new double[runs];
        }

        for (var start = 0; start < series.Stances.Count; start += batch)
        {
            var count = Math.Min(batch, series.Stances.Count - start);
            var finished = 0;
            foreach (var (record, block) in journal.Read(first, last))
            {
                if (record.Failed)
                {
                    continue;
                }

                for (var stance = 0; stance < count; stance++)
                {
                    for (var round = 0; round < series.Points; round++)
                    {
                        values[(stance * series.Points) + round][finished] = block[series.IndexOf(start + stance, round)];
                    }
                }

                finished++;
            }

            for (var stance = 0; stance < count; stance++)
            {
                var key = series.Stances[start + stance];
                for (var round = 0; round < series.Points; round++)
                {
                    var (low, median, high) = Quantiles.Band(values[(stance * series.Points) + round].AsSpan(0, finished));
                    yield return finished == 0
                        ? new BandRow(set, key.Actor, key.Issue, round, 0, null, null, null)
                        : new BandRow(set, key.Actor, key.Issue, round, finished, low, median, high);
                }
            }
        }
    }
}
