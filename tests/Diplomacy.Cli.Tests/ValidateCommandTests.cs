using System.Globalization;
using Diplomacy.Cli;

namespace Diplomacy.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static readonly string ScenarioFolder = Path.Combine(AppContext.BaseDirectory, "scenarios");

    private static readonly string MalformedFolder =
        Path.Combine(AppContext.BaseDirectory, "tests", "Diplomacy.Scenarios.Tests", "Scenario", "Malformed");

    public static TheoryData<string> ShippedScenarios() => new(NamesIn(ScenarioFolder));

    public static TheoryData<string> MalformedScenarios() => new(NamesIn(MalformedFolder));

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public async Task Validate_accepts_each_shipped_scenario_and_summarises_it(string name)
    {
        var path = Path.Combine(ScenarioFolder, name);

        var (code, output, error) = await RunAsync("validate", path);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith($"{path}: scenario '{Path.GetFileNameWithoutExtension(name)}' is valid.", output, StringComparison.Ordinal);
        Assert.Contains("21 actors, 13 issues", output, StringComparison.Ordinal);
        Assert.Contains("Events: ", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedScenarios))]
    public async Task Validate_rejects_each_malformed_scenario_with_one_located_error_and_exit_code_2(string name)
    {
        var path = Path.Combine(MalformedFolder, name);
        var expected = File.ReadLines(path).First()["# expect: ".Length..].Split(' ')[0];

        var (code, output, error) = await RunAsync("validate", path);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{path}:{expected}: error: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_every_mistake_in_a_file_written_elsewhere()
    {
        using var folder = new TempFolder();
        var world = Path.Combine(AppContext.BaseDirectory, "seeds", "2025-02-13-us-russia-ukraine-peace-talks.world.yaml");
        var path = folder.Write("mine.yaml", string.Create(CultureInfo.InvariantCulture, $"""
            name: mine
            world: {world}
            issues: [territory]
            rounds: 0
            events:
              - round: 1
                exclude: [atlantis]
                note: Article line 1.
            """));

        var (code, output, error) = await RunAsync("validate", path);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal(
            [$"{path}:4:9: error: ", $"{path}:7:15: error: "],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..(l.IndexOf(": error: ", StringComparison.Ordinal) + 9)]));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData(new string[] { "validate" }, "missing scenario file")]
    [InlineData(new string[] { "validate", "a.yaml", "b.yaml" }, "unexpected argument 'b.yaml'")]
    [InlineData(new string[] { "validate", "a.yaml", "--out", "runs" }, "unknown option '--out'")]
    public async Task Validate_reports_command_line_mistakes_as_usage_errors(string[] args, string message)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_refuses_a_directory_cleanly()
    {
        var (code, _, error) = await RunAsync("validate", ScenarioFolder);

        Assert.Equal(2, code);
        Assert.Equal($"{ScenarioFolder}:1:1: error: this is a directory; expected a scenario file (.yaml)", error.Trim());
    }

    [Fact]
    public void Usage_lists_validate()
    {
        Assert.Contains("diplomacy validate SCENARIO", CommandDispatcher.HelpFor(["validate"]), StringComparison.Ordinal);
    }

    private static IEnumerable<string> NamesIn(string folder) =>
        Directory.GetFiles(folder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandDispatcher.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
