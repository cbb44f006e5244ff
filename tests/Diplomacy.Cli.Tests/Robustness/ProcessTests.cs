using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests.Robustness;

/// <summary>Signals and faults, on real processes: one line, the documented exit code, nothing left behind.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-process-");

    public void Dispose()
    {
        SmallDisk.Unmount(_temp.Path);
        _temp.Dispose();
    }

    [Theory]
    [InlineData(CliProcess.SigInt, 130, "diplomacy: interrupted by SIGINT (Ctrl+C); stopped, and no output was written")]
    [InlineData(CliProcess.SigTerm, 143, "diplomacy: interrupted by SIGTERM; stopped, and no output was written")]
    public async Task A_signal_stops_a_run_removes_its_staging_folder_and_exits_with_128_plus_the_signal(int signal, int exitCode, string message)
    {
        var folder = Path.Combine(_temp.Path, "run");
        using var run = CliProcess.Start(
            "dotnet", [CliProcess.Dll, "run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--rounds", "1000", "--out", folder], _temp.Path);
        var error = run.StandardError.ReadToEndAsync();
        while (await run.StandardOutput.ReadLineAsync().WaitAsync(CliProcess.Guard) is { } line && !line.StartsWith("Round 3", StringComparison.Ordinal))
        {
        }

        Assert.True(Directory.Exists($"{folder}.tmp-{run.Id}"), "the run should be writing its staging folder");
        CliProcess.Signal(run, signal);
        await CliProcess.WaitAsync(run);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal(message, (await error).Trim());
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Theory]
    [InlineData("run", "SCENARIO", "--quiet")]
    [InlineData("forecast", "TABLE", "--rounds", "40")]
    public async Task A_full_disk_ends_the_command_with_one_line_and_leaves_nothing_behind(params string[] args)
    {
        var disk = SmallDisk.Mount(_temp.Path, "full", "size=64k");
        var table = Path.Combine(_temp.Path, "table.csv");
        File.WriteAllLines(table, ["Actor,Capability,Position,Salience", .. Enumerable.Range(0, 300).Select(i => $"A{i},1,{i % 100},0.5")]);
        var resolved = args.Select(a => a switch { "SCENARIO" => CliRun.ShippedScenario("talks-as-announced.yaml"), "TABLE" => table, _ => a });

        // Without a small disk of its own (not root, or a container that may not mount), a file size
        // limit stands in for it: writes fail the same way. The runtime's write-xor-execute code
        // pages are a memory file that the limit would also cap (the process dies at start, exit
        // 137), so they are turned off for this process.
        var limit = disk is null ? "trap '' XFSZ; ulimit -f 16; export DOTNET_EnableWriteXorExecute=0; " : string.Empty;
        var folder = Path.Combine(disk ?? _temp.Path, "out");
        var (exit, _, error) = await CliProcess.ShellAsync(
            $"{limit}exec $DIPLOMACY {string.Join(' ', resolved.Select(CliProcess.Quote))} --out {CliProcess.Quote(folder)} > /dev/null", _temp.Path);

        Assert.Equal(ExitCodes.Failure, exit);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("diplomacy: cannot read or write a file: ", line, StringComparison.Ordinal);
        Assert.EndsWith("; no output was written", line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(disk ?? _temp.Path));
    }

    [Fact]
    public async Task A_read_only_target_is_refused_before_any_work()
    {
        var disk = SmallDisk.Mount(_temp.Path, "read-only", "ro,size=64k") ?? "/proc";

        var (exit, output, error) = await CliProcess.RunAsync(_temp.Path, "run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--out", Path.Combine(disk, "out"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Matches($"^diplomacy: the output folder '{disk}/out' cannot be written: (Read-only file system|no folder can be made) in '{disk}'$", error.Trim());
    }

    [Fact]
    public async Task The_current_folder_is_never_an_output_folder()
    {
        File.WriteAllText(Path.Combine(_temp.Path, "table.csv"), "Actor,Capability,Position,Salience\nA,1,2,0.5\n");

        var (exit, _, error) = await CliProcess.RunAsync(_temp.Path, "forecast", "table.csv", "--out", ".");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: the output folder '.' is, or holds, the current folder", error, StringComparison.Ordinal);
        Assert.Equal(["table.csv"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Output_that_cannot_be_written_is_one_line_and_exit_1()
    {
        var (exit, _, error) = await CliProcess.ShellAsync("exec $DIPLOMACY help > /dev/full", _temp.Path);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Equal("diplomacy: cannot read or write a file: No space left on device; no output was written", error.Trim());
    }

    [Fact]
    public async Task A_silo_whose_redis_is_not_there_says_so_in_one_line()
    {
        var (exit, output, error) = await CliProcess.RunAsync(_temp.Path, "silo", "--redis", "127.0.0.1:1");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("diplomacy: cannot reach Redis at 127.0.0.1:1 within 15 s: Connection refused (is redis-server running there? --connect-timeout S waits longer)", error.Trim());
    }
}
