using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests;

public sealed class RunCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Running_the_shipped_baseline_twice_prints_rounds_and_writes_byte_identical_files()
    {
        var baseline = CliRun.ShippedScenario("talks-as-announced.yaml");

        var (first, firstOutput, _) = await CliRun.RunAsync("run", baseline, "--out", _temp.Sub("first"), "--rounds", "3");
        var (second, _, _) = await CliRun.RunAsync("run", baseline, "--out", _temp.Sub("second"), "--rounds", "3");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first, second));
        Assert.Contains("Round 1", firstOutput, StringComparison.Ordinal);
        Assert.Contains("answer    putin → trump:", firstOutput, StringComparison.Ordinal);
        Assert.Contains("move ", firstOutput, StringComparison.Ordinal);
        Assert.Contains("Moved most: ", firstOutput, StringComparison.Ordinal);
        foreach (var file in new[] { "trace.jsonl", "stances.csv" })
        {
            Assert.Equal(
                await File.ReadAllBytesAsync(_temp.Sub("first", file)),
                await File.ReadAllBytesAsync(_temp.Sub("second", file)));
        }

        Assert.True(File.Exists(_temp.Sub("first", "manifest.json")));
    }

    [Fact]
    public async Task A_wrong_scenario_file_is_reported_where_it_is_wrong_and_leaves_no_output_folder()
    {
        var scenario = _temp.Sub("broken.yaml");
        await File.WriteAllTextAsync(scenario, "name: broken\nrounds: zero\n");
        var folder = _temp.Sub("out");

        var (exit, _, error) = await CliRun.RunAsync("run", scenario, "--out", folder);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains($"{scenario}:", error, StringComparison.Ordinal);
        Assert.Contains(": error: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "a.yaml", "--speed", "2")]
    [InlineData("run", "a.yaml", "--seed", "minus")]
    [InlineData("run", "a.yaml", "--rounds", "0")]
    public async Task Command_line_mistakes_exit_with_code_2(params string[] args)
    {
        var (exit, _, error) = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: ", error, StringComparison.Ordinal);
    }
}
