using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Output;

namespace Diplomacy.Cli.Tests.Robustness;

/// <summary>A user's files are never touched: output goes only where nothing is, where nothing was, or over an earlier output of ours.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private const string Table = "Actor,Capability,Position,Salience\nA,1,10,0.5\nB,2,60,0.8\nC,1,-0,0.3\n";

    private readonly TempFolder _temp = new("diplomacy-out-");
    private readonly string _data;

    public OutputFolderTests()
    {
        _data = Path.Combine(_temp.Path, "table.csv");
        File.WriteAllText(_data, Table);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_run_into_a_folder_of_the_users_files_is_refused_before_any_work_and_the_files_stay()
    {
        var notes = Path.Combine(_temp.Path, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "todo.txt"), "keep");

        var (exit, output, error) = await CliRun.RunAsync("run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--out", notes, "--force");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"diplomacy: the output folder '{notes}' holds files diplomacy did not write (todo.txt); choose a new or empty folder (diplomacy replaces only a folder it wrote, recognised by its manifest.json, even with --force)", error.Trim());
        Assert.Equal(["todo.txt"], Directory.GetFileSystemEntries(notes).Select(Path.GetFileName));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(notes, "todo.txt")));
        Assert.Equal(2, Directory.GetFileSystemEntries(_temp.Path).Length);
    }

    [Fact]
    public async Task An_earlier_output_is_replaced_but_one_with_files_added_since_needs_force()
    {
        var folder = Path.Combine(_temp.Path, "forecast");
        Assert.Equal(0, (await CliRun.RunAsync("forecast", _data, "--rounds", "1", "--out", folder)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("forecast", _data, "--rounds", "2", "--out", folder)).Exit);
        Assert.Equal(["manifest.json", "positions.csv", "summary.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(4, File.ReadAllLines(Path.Combine(folder, "summary.csv")).Length);

        File.WriteAllText(Path.Combine(folder, "mine.txt"), "mine");
        var (refused, _, error) = await CliRun.RunAsync("forecast", _data, "--rounds", "3", "--out", folder);
        Assert.Equal(ExitCodes.InvalidInput, refused);
        Assert.Contains("files added since (mine.txt); pass --force", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "mine.txt")));

        Assert.Equal(0, (await CliRun.RunAsync("forecast", _data, "--rounds", "3", "--out", folder, "--force")).Exit);
        Assert.False(File.Exists(Path.Combine(folder, "mine.txt")));
        Assert.Equal(5, File.ReadAllLines(Path.Combine(folder, "summary.csv")).Length);
        Assert.Single(Directory.GetDirectories(_temp.Path));
    }

    [Fact]
    public async Task A_run_folder_is_recognised_by_its_manifest_and_replaced_by_the_next_run()
    {
        var folder = Path.Combine(_temp.Path, "run");
        var scenario = CliRun.ShippedScenario("talks-as-announced.yaml");

        Assert.Equal(0, (await CliRun.RunAsync("run", scenario, "--rounds", "1", "--out", folder, "--quiet")).Exit);
        var (again, _, error) = await CliRun.RunAsync("run", scenario, "--rounds", "2", "--out", folder, "--quiet");

        Assert.True(again == 0, error);
        Assert.Contains("\"roundsRun\": 2", File.ReadAllText(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);
        Assert.Equal(OutputFolderState.EarlierOutput, OutputFolder.Inspect(folder, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a-file")]
    [InlineData("a-file/under")]
    [InlineData("/proc/diplomacy-out")]
    [InlineData("/")]
    public async Task An_output_folder_that_cannot_be_made_is_refused_in_one_line(string name)
    {
        File.WriteAllText(Path.Combine(_temp.Path, "a-file"), "a file");
        var folder = name.Length == 0 || name.StartsWith('/') ? name : Path.Combine(_temp.Path, name);

        var (exit, output, error) = await CliRun.RunAsync("forecast", _data, "--out", folder);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("diplomacy: the output folder", error, StringComparison.Ordinal);
        Assert.Equal("a file", File.ReadAllText(Path.Combine(_temp.Path, "a-file")));
    }

    [Fact]
    public async Task Staging_folders_of_dead_processes_are_removed_but_a_users_folder_of_that_name_is_kept()
    {
        var folder = Path.Combine(_temp.Path, "out");
        var stale = $"{folder}.tmp-2147483646";
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, StagingFolder.Marker), "2147483646");
        File.WriteAllText(Path.Combine(stale, "trace.jsonl"), "{\"partial\":");
        var users = $"{folder}.tmp-2147483645";
        Directory.CreateDirectory(users);
        File.WriteAllText(Path.Combine(users, "mine.txt"), "mine");

        Assert.Equal(0, (await CliRun.RunAsync("forecast", _data, "--out", folder)).Exit);

        Assert.False(Directory.Exists(stale));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(users, "mine.txt")));
    }

    [Fact]
    public async Task Negative_zero_is_written_as_zero()
    {
        var folder = Path.Combine(_temp.Path, "zero");

        Assert.Equal(0, (await CliRun.RunAsync("forecast", _data, "--rounds", "0", "--out", folder)).Exit);

        Assert.Contains("0,C,0\n", File.ReadAllText(Path.Combine(folder, "positions.csv")), StringComparison.Ordinal);
        Assert.DoesNotContain("-0", File.ReadAllText(Path.Combine(folder, "positions.csv")), StringComparison.Ordinal);
    }
}
