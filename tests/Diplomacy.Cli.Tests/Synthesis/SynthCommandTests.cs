using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Tests.Synthesis;

public sealed class SynthCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-synth-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_synthetic_world_and_scenario_pass_validate_and_the_same_seed_gives_the_same_bytes()
    {
        var first = _temp.Sub("first");
        var again = _temp.Sub("again");
        var other = _temp.Sub("other");

        var (exit, output, error) = await CliRun.RunAsync("synth", "--actors", "60", "--issues", "4", "--leaders-per-state", "2", "--seed", "8", "--out", first);
        await CliRun.RunAsync("synth", "--actors", "60", "--issues", "4", "--leaders-per-state", "2", "--seed", "8", "--out", again, "--quiet");
        await CliRun.RunAsync("synth", "--actors", "60", "--issues", "4", "--leaders-per-state", "2", "--seed", "9", "--out", other, "--quiet");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("3 organisations, 19 states, 38 leaders; 4 issues, 240 stances", output, StringComparison.Ordinal);
        var (validateExit, validated, validateError) = await CliRun.RunAsync("validate", Path.Combine(first, "synthetic.yaml"));
        Assert.True(validateExit == ExitCodes.Success, validateError);
        Assert.Contains("scenario 'synthetic-60-4-8' is valid", validated, StringComparison.Ordinal);
        foreach (var file in new[] { "synthetic.world.yaml", "synthetic-article.txt", "synthetic.yaml" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(first, file)), await File.ReadAllBytesAsync(Path.Combine(again, file)));
            Assert.NotEqual(await File.ReadAllBytesAsync(Path.Combine(first, file)), await File.ReadAllBytesAsync(Path.Combine(other, file)));
        }

        var scenario = ScenarioLoader.Load(Path.Combine(first, "synthetic.yaml"));
        Assert.StartsWith("SYNTHETIC ARTICLE.", await File.ReadAllTextAsync(Path.Combine(first, "synthetic-article.txt")), StringComparison.Ordinal);
        Assert.Contains(scenario.World.Stances, s => s.Quote is not null);
        Assert.Contains(scenario.World.Stances, s => s.RedLine is not null);
        Assert.Contains(scenario.Events, e => e is ForumEvent { Name: "plenary", Members.Count: 19 });
        Assert.Contains(scenario.Events, e => e is ProposeEvent);
        Assert.True(scenario.Models.Influence.Enabled);
    }

    [Fact]
    public async Task Synth_replaces_its_own_earlier_output_but_never_a_folder_of_someone_elses()
    {
        var folder = _temp.Sub("world");
        string[] args = ["synth", "--actors", "12", "--issues", "2", "--out", folder, "--quiet"];
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(args)).Exit);
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync(args)).Exit);
        Assert.Contains("\"command\": \"synth\"", await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);

        var theirs = _temp.Sub("theirs");
        Directory.CreateDirectory(theirs);
        await File.WriteAllTextAsync(Path.Combine(theirs, "notes.txt"), "mine");
        var (exit, _, error) = await CliRun.RunAsync("synth", "--actors", "12", "--issues", "2", "--out", theirs, "--force");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith($"diplomacy: the output folder '{theirs}' holds files diplomacy did not write (notes.txt)", error, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(theirs).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--actors", "1", "--issues", "2")]
    [InlineData("--actors", "2001", "--issues", "2")]
    [InlineData("--actors", "10", "--issues", "51")]
    [InlineData("--issues", "2")]
    public async Task Out_of_range_options_are_usage_errors_and_write_nothing(params string[] args)
    {
        var folder = _temp.Sub("nothing");

        var (exit, _, error) = await CliRun.RunAsync(["synth", .. args, "--out", folder]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
