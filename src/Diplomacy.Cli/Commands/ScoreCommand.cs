using System.Globalization;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Experiments.Scoring;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Sweeps;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy score SWEEP_DIR --observed OUTCOMES.yaml [--out DIR] [--format csv|parquet] [--quiet]</c>:
/// holds a finished sweep's forecasts against what happened. Prints, per parameter set, the Brier
/// score, where each observation falls in the ensemble and a calibration table; writes the scores,
/// observations and calibration tables to DIR (default <c>runs/score-&lt;sweep&gt;</c>).
/// </summary>
public static class ScoreCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>(StringComparer.Ordinal) { "quiet" });
        var observed = arguments.Option("observed") ?? throw new UsageException("'score' needs '--observed OUTCOMES.yaml': the observations to score the sweep against");
        var outDirectory = arguments.Option("out");
        var format = arguments.Choice("format", "csv", "csv", "parquet") == "parquet" ? TableFormat.Parquet : TableFormat.Csv;
        var quiet = arguments.Flag("quiet");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(1);
        var folder = arguments.Positional(0, "sweep folder (for example runs/sweep-baseline-1000)");
        if (!SweepTableReader.IsSweep(folder))
        {
            throw new UsageException($"{folder} is not a finished sweep folder (no {SweepFolder.ManifestFile}); run 'diplomacy sweep' first");
        }

        var observations = ObservationsReader.Load(observed);
        var scores = await SweepScorer.ScoreAsync(folder, observations);
        var name = SweepIdentity.Read(Path.Combine(folder, SweepFolder.ManifestFile))?.Name ?? "sweep";
        var target = outDirectory ?? Path.Combine("runs", $"score-{name}");
        await WriteAsync(target, format, scores);
        if (quiet)
        {
            await output.WriteLineAsync(target);
            return ExitCodes.Success;
        }

        foreach (var score in scores)
        {
            await PrintAsync(output, score);
        }

        await output.WriteLineAsync($"Tables: {Path.Combine(target, SweepScorer.ScoresTable)}, {SweepScorer.TalliesTable}, {SweepScorer.CalibrationTable}");
        return ExitCodes.Success;
    }

    private static async Task WriteAsync(string target, TableFormat format, IReadOnlyList<SetScore> scores)
    {
        using var staging = StagingFolder.Create(target);
        await using (var table = TableWriter.Create(SweepScorer.ScoresSchema, format, staging.Working))
        {
            foreach (var score in scores)
            {
                await table.WriteAsync(score);
            }
        }

        await using (var table = TableWriter.Create(SweepScorer.TalliesSchema, format, staging.Working))
        {
            foreach (var tally in scores.SelectMany(s => s.Tallies))
            {
                await table.WriteAsync(tally);
            }
        }

        await using (var table = TableWriter.Create(SweepScorer.CalibrationSchema, format, staging.Working))
        {
            foreach (var score in scores)
            {
                foreach (var bin in score.Calibration)
                {
                    await table.WriteAsync((score.Set, bin));
                }
            }
        }

        staging.Publish();
    }

    private static async Task PrintAsync(TextWriter output, SetScore score)
    {
        var brier = score.Brier is { } b ? b.ToString("0.000", CultureInfo.InvariantCulture) : "–";
        await output.WriteLineAsync($"Set {score.Set} ({score.Parameters}): Brier score {brier} over {score.Tallies.Count(t => t.Brier is not null)} observation(s)");
        foreach (var tally in score.Tallies)
        {
            await output.WriteLineAsync($"  {tally.Observation.Id} ({tally.Observation.Date ?? "undated"}, {(tally.Observation.Happened ? "happened" : "did not happen")}): {Falls(tally)}");
        }

        await output.WriteLineAsync("  calibration: forecast bin, observations, mean forecast, how often they happened");
        foreach (var bin in score.Calibration.Where(b => b.Observations > 0))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {bin.Low:0.0}-{bin.High:0.0}  {bin.Observations,3}  {SweepCompareReport.Percent(bin.MeanForecast),5}  {SweepCompareReport.Percent(bin.ObservedFrequency),5}"));
        }
    }

    /// <summary>Where the observation falls in the ensemble, in words.</summary>
    private static string Falls(ObservationTally tally)
    {
        if (tally.Runs == 0)
        {
            return "no finished run to compare with";
        }

        var share = (int count) => SweepCompareReport.Percent((double)count / tally.Runs);
        return tally.Observation switch
        {
            AgreementObservation a => $"{share(tally.Occurred)} of {tally.Runs} runs agree on {a.Issue} by round {a.ByRound}, {share(tally.After)} later, {share(tally.Runs - tally.Occurred - tally.After)} never",
            StanceObservation s => $"{share(tally.Occurred)} of {tally.Runs} runs end with {s.Actor} on {s.Issue} in [{ReportFormat.Position(s.Low)}, {ReportFormat.Position(s.High)}], {share(tally.Before)} below, {share(tally.After)} above",
            _ => "",
        };
    }
}
