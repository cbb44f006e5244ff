using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Commands;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Tests.Packaging;

/// <summary>The scenarios that ship beside the executable: listed by <c>scenarios</c>, named instead of a path by <c>run</c>, <c>compare</c> and <c>validate</c>.</summary>
public sealed class ShippedScenarioTests : IDisposable
{
    private static readonly string[] Names =
        ["europe-at-table", "europe-kept-out", "minerals-for-aid", "nato-for-european-guarantee", "russia-hardens", "spending-split", "summit-in-moscow", "talks-as-announced", "ukraine-without-europe", "us-keeps-nato-open", "us-troops-guarantee"];

    private readonly TempFolder _temp = new("diplomacy-shipped-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Scenarios_lists_every_shipped_scenario_with_its_rounds_issues_and_description()
    {
        var (exit, output, error) = await CliRun.RunAsync("scenarios");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.StartsWith("11 scenarios ship with diplomacy ", output, StringComparison.Ordinal);
        Assert.Contains(ShippedScenarios.BesideExecutable().Folder, output, StringComparison.Ordinal);
        var listed = output.Split('\n').Where(line => line.Length > 0 && char.IsLower(line[0])).Select(line => line.Split(' ')[0]).ToList();
        Assert.Equal(Names, listed);
        Assert.Contains("talks-as-announced           8 rounds, seed 2025", output, StringComparison.Ordinal);
        Assert.Contains("    issues: talks-timing, ukraine-at-table, europe-at-table, territory", output, StringComparison.Ordinal);
        Assert.Contains("    Trump and Putin agree to talk at once", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n').Where(line => line.StartsWith("    ", StringComparison.Ordinal)), line => Assert.True(line.Length <= 100, line));
    }

    [Fact]
    public async Task Scenarios_takes_no_arguments()
    {
        var (exit, _, error) = await CliRun.RunAsync("scenarios", "extra");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_takes_a_shipped_name_and_checks_the_file_beside_the_executable()
    {
        var (exit, output, error) = await CliRun.RunAsync("validate", "talks-as-announced");

        Assert.True(exit == ExitCodes.Success, error);
        var file = Path.Combine(AppContext.BaseDirectory, "scenarios", "talks-as-announced.yaml");
        Assert.StartsWith($"{file}: scenario 'talks-as-announced' is valid.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_takes_two_shipped_names()
    {
        var folder = Path.Combine(_temp.Path, "compare");

        var (exit, output, error) = await CliRun.RunAsync("compare", "europe-at-table", "europe-kept-out.yaml", "--rounds", "2", "--out", folder, "--quiet");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Equal(folder, output.Trim());
        Assert.True(File.Exists(Path.Combine(folder, "europe-at-table", "trace.jsonl")));
        Assert.True(File.Exists(Path.Combine(folder, "europe-kept-out", "trace.jsonl")));
    }

    [Theory]
    [InlineData("run", "talks-as-anounced", "(did you mean 'talks-as-announced'?); 'diplomacy scenarios' lists them")]
    [InlineData("validate", "europe-kept-in", "(did you mean 'europe-kept-out'?)")]
    [InlineData("run", "zz", "; the nearest shipped name is 'russia-hardens', and 'diplomacy scenarios' lists all 11")]
    public async Task A_name_that_is_neither_a_file_nor_shipped_gets_the_nearest_shipped_name_and_exit_2(string command, string name, string hint)
    {
        var folder = Path.Combine(_temp.Path, "out");

        string[] args = command == "run" ? [command, name, "--out", folder] : [command, name];

        var (exit, output, error) = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Empty(output);
        Assert.StartsWith($"diplomacy: '{name}' is neither a scenario file nor the name of a shipped scenario", error, StringComparison.Ordinal);
        Assert.Contains(hint, error.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_missing_path_is_still_reported_at_its_place()
    {
        var (exit, _, error) = await CliRun.RunAsync("validate", "nowhere/talks-as-announced.yaml");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("nowhere/talks-as-announced.yaml:1:1: error: cannot read the file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_file_wins_over_a_shipped_name_and_a_missing_yaml_path_is_left_to_the_loader()
    {
        var shipped = new ShippedScenarios(Path.Combine(AppContext.BaseDirectory, "scenarios"));
        var own = Path.Combine(_temp.Path, "talks-as-announced");
        File.WriteAllText(own, "name: mine\n");

        Assert.Equal(own, ScenarioFiles.Resolve(own, shipped));
        Assert.Equal(Path.Combine(shipped.Folder, "minerals-for-aid.yaml"), ScenarioFiles.Resolve("minerals-for-aid", shipped));
        Assert.Equal(Path.Combine(shipped.Folder, "minerals-for-aid.yaml"), ScenarioFiles.Resolve("minerals-for-aid.yaml", shipped));
        Assert.Equal("elsewhere.yaml", ScenarioFiles.Resolve("elsewhere.yaml", shipped));
    }

    [Fact]
    public void Without_shipped_scenarios_the_error_says_where_it_looked()
    {
        var empty = new ShippedScenarios(Path.Combine(_temp.Path, "no-scenarios-here"));

        var thrown = Assert.Throws<UsageException>(() => ScenarioFiles.Resolve("talks-as-announced", empty));

        Assert.Contains($"no shipped scenarios were found in {empty.Folder}", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(empty.Names);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".yaml")]
    [InlineData("../scenarios/talks-as-announced")]
    [InlineData("scenarios/talks-as-announced")]
    [InlineData("..")]
    [InlineData("scenario.schema")]
    public void A_shipped_name_is_a_bare_file_name_of_a_yaml_file(string name)
    {
        var shipped = new ShippedScenarios(Path.Combine(AppContext.BaseDirectory, "scenarios"));

        Assert.Null(shipped.FileOf(name));
    }
}
