using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests.Sweeps;

/// <summary>What comes after a sweep: comparing two (the Europe in/out pair) and scoring one against observations.</summary>
public sealed class SweepAnalysisTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-sweep-analysis-");

    public void Dispose() => _temp.Dispose();

    private async Task<string> SweepAsync(string scenario, string format = "csv")
    {
        var file = _temp.Sub($"{scenario}.yaml");
        await File.WriteAllTextAsync(file, $"name: {scenario}-sweep\nscenario: {CliRun.ShippedScenario($"{scenario}.yaml")}\nseed: 4\nuncertainty: from-confidence\nreplicates: 3\n");
        var folder = _temp.Sub(scenario);
        var (exit, _, error) = await CliRun.RunAsync("sweep", file, "--out", folder, "--quiet", "--format", format);
        Assert.True(exit == ExitCodes.Success, error);
        return folder;
    }

    [Fact]
    public async Task Compare_takes_two_sweeps_and_shows_each_issues_odds_and_the_difference()
    {
        var atTable = await SweepAsync("europe-at-table");
        var keptOut = await SweepAsync("europe-kept-out", format: "parquet");
        var folder = _temp.Sub("compared");

        var (exit, output, error) = await CliRun.RunAsync("compare", atTable, keptOut, "--out", folder);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Probability of agreement: A = europe-at-table-sweep", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(folder, "difference.csv"));
        Assert.Equal("set_a,set_b,parameters,issue,runs_a,runs_b,probability_a,probability_b,difference", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("1,1,(the scenario as written),territory,3,3,", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "report.html")));

        var (wrongExit, _, wrongError) = await CliRun.RunAsync("compare", atTable, _temp.Path);
        Assert.Equal(ExitCodes.InvalidInput, wrongExit);
        Assert.Contains("is a folder but not a finished sweep", wrongError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_gives_the_brier_score_calibration_and_where_each_observation_falls()
    {
        var sweep = await SweepAsync("europe-kept-out");
        var observed = _temp.Sub("observed.yaml");
        await File.WriteAllTextAsync(observed, """
            description: made up for the test
            observations:
              - id: no-territory-deal
                agreement: territory
                by-round: 8
                happened: false
              - id: russia-anywhere
                date: 2025-03-01
                stance: { actor: russia, issue: territory, between: [0, 100] }
            """);
        var folder = _temp.Sub("scored");

        var (exit, output, error) = await CliRun.RunAsync("score", sweep, "--observed", observed, "--out", folder);

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("russia-anywhere (2025-03-01, happened): 100% of 3 runs end with russia on territory in [0.0, 100.0], 0% below, 0% above", output, StringComparison.Ordinal);
        var tallies = File.ReadAllLines(Path.Combine(folder, "observations.csv"));
        Assert.Equal("set,observation,date,happened,runs,occurred,forecast,brier,before,after", tallies[0]);
        Assert.StartsWith("1,russia-anywhere,2025-03-01,true,3,3,1,0,0,0", tallies[2], StringComparison.Ordinal);
        Assert.Equal(1 + 10, File.ReadAllLines(Path.Combine(folder, "calibration.csv")).Length);
        Assert.StartsWith("set,parameters,observations,brier", File.ReadAllLines(Path.Combine(folder, "scores.csv"))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_observation_naming_what_the_sweep_lacks_is_a_located_error_with_a_suggestion()
    {
        var sweep = await SweepAsync("europe-kept-out");
        var observed = _temp.Sub("wrong.yaml");
        await File.WriteAllTextAsync(observed, "observations:\n  - id: typo\n    agreement: teritory\n    by-round: 3\n");

        var (exit, _, error) = await CliRun.RunAsync("score", sweep, "--observed", observed, "--out", _temp.Sub("nothing"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal($"{observed}:2:5: error: observation 'typo': issue 'teritory' is not in play in this sweep (did you mean 'territory'?)\n", error);
        Assert.False(Directory.Exists(_temp.Sub("nothing")));
    }
}
