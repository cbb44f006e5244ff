using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests.Sweeps;

/// <summary>What the seed does: nothing but the run id without uncertainty, every draw with it.</summary>
public sealed class SeedTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-seed-");

    public void Dispose() => _temp.Dispose();

    private async Task<string> StancesAsync(int seed, params string[] more)
    {
        var folder = _temp.Sub($"{seed}-{more.Length}");
        var (exit, _, error) = await CliRun.RunAsync(["run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--seed", $"{seed}", "--rounds", "2", "--out", folder, "--quiet", .. more]);
        Assert.True(exit == ExitCodes.Success, error);
        return await File.ReadAllTextAsync(Path.Combine(folder, "stances.csv"));
    }

    [Fact]
    public async Task Without_uncertainty_seeds_differ_only_in_the_run_id_and_with_it_every_position_is_drawn_from_the_seed()
    {
        var eleven = await StancesAsync(11);
        var twelve = await StancesAsync(12);
        Assert.Equal(eleven.Replace("talks-as-announced-11,11,", "X", StringComparison.Ordinal), twelve.Replace("talks-as-announced-12,12,", "X", StringComparison.Ordinal));

        var drawnEleven = await StancesAsync(11, "--set", "uncertainty.assumed=10");
        var drawnTwelve = await StancesAsync(12, "--set", "uncertainty.assumed=10");
        Assert.NotEqual(drawnEleven.Replace("talks-as-announced-11,11,", "X", StringComparison.Ordinal), drawnTwelve.Replace("talks-as-announced-12,12,", "X", StringComparison.Ordinal));
        Assert.NotEqual(eleven, drawnEleven);
        Assert.Equal(drawnEleven, await StancesAsync(11, "--set", "uncertainty.assumed=10", "--set", "uncertainty.stated=2"));

        var manifest = await File.ReadAllTextAsync(_temp.Sub("11-4", "manifest.json"));
        Assert.Contains("\"uncertainty.assumed=10\",\n    \"uncertainty.stated=2\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"uncertainty\": \"from-confidence (stated 2, implied 5, assumed 10)\"", manifest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("actors.rusia.capability=3", "diplomacy: option '--set': unknown parameter path 'actors.rusia.capability': the world has no actor 'rusia' (did you mean 'russia'?)")]
    [InlineData("actors.russia.capability", "diplomacy: option '--set' expects PATH=VALUE (for example actors.russia.capability=20), got 'actors.russia.capability'")]
    [InlineData("models.concession.beta=-1", "diplomacy: option '--set': models.concession.beta must be a number above 0; got the number -1")]
    public async Task A_wrong_set_is_a_usage_error_and_nothing_runs(string assignment, string message)
    {
        var folder = _temp.Sub("nothing");

        var (exit, _, error) = await CliRun.RunAsync("run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--set", assignment, "--out", folder);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith(message + "\n", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
