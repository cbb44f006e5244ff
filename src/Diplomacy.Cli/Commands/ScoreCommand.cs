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
    public const string Name = "score";

    public const string Summary = "hold a finished sweep against what happened: Brier score and calibration";

    public const string Help = """
        Usage: diplomacy score SWEEP_DIR --observed OUTCOMES.yaml [options]

        Holds the finished sweep in SWEEP_DIR against dated observations (docs/scoring.md): an
        agreement on an issue by a round, or an actor's stance falling in a range. Prints, per
        parameter set, the Brier score, where each observation falls in the ensemble and a
        calibration table in ten bins; writes the scores, observations and calibration tables and
        manifest.json to DIR.

        Options:
          --observed FILE          the observations (required); scenarios/observations/ holds an
                                   illustrative example
          --out DIR                the output folder (default runs/score-<sweep>); it must not exist, be
                                   empty, or hold an earlier output of diplomacy, which is replaced
        """ + "\n" + ScenarioArguments.ForceHelp + """

          --format csv|parquet     the tables as CSV (default) or Parquet
          --quiet                  print only the output folder
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy score runs/sweep-baseline-1000 --observed scenarios/observations/illustrative-outcomes.yaml
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, ScenarioArguments.Flags);
        var observed = arguments.Option("observed") ?? throw new UsageException("'score' needs '--observed OUTCOMES.yaml': the observations to score the sweep against");
        var outDirectory = arguments.Option("out");
        var force = arguments.Flag("force");
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
        OutputFolder.Check(target, force);
        await WriteAsync(target, format, scores, folder, observed);
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

    private static async Task WriteAsync(string target, TableFormat format, IReadOnlyList<SetScore> scores, string sweep, string observed)
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

        OutputManifest.Write(staging, Name, "sweep", sweep, "observed", observed);
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
