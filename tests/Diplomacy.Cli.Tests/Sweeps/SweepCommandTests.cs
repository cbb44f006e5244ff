using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Tests.Cluster;
using Diplomacy.Cli.Tests.Robustness;

namespace Diplomacy.Cli.Tests.Sweeps;

public sealed class SweepCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-sweep-");

    public void Dispose() => _temp.Dispose();

    private string WriteSweep(string name, string body)
    {
        var path = _temp.Sub($"{name}.yaml");
        File.WriteAllText(path, $"name: {name}\nscenario: {CliRun.ShippedScenario("talks-as-announced.yaml")}\n{body}");
        return path;
    }

    [Fact]
    public async Task Any_run_of_a_sweep_rerun_alone_with_its_rerun_command_writes_the_same_trace_bytes()
    {
        var sweep = WriteSweep("rerun", "seed: 3\nuncertainty: from-confidence\ngrid:\n  actors.russia.capability: [5, 20]\nreplicates: 2\n");
        var folder = _temp.Sub("out");

        var (exit, output, error) = await CliRun.RunAsync("sweep", sweep, "--out", folder, "--traces", "--parallel", "2");

        Assert.True(exit == ExitCodes.Success, error);
        Assert.Contains("Sweep rerun: 4 runs (2 parameter set(s) × 2 replicate(s)); 0 failed.", output, StringComparison.Ordinal);
        var rows = File.ReadAllLines(Path.Combine(folder, "runs.csv"));
        foreach (var run in new[] { 2, 3 })
        {
            var rerun = rows[run][(rows[run].LastIndexOf(",diplomacy run ", StringComparison.Ordinal) + ",diplomacy ".Length)..];
            var alone = _temp.Sub($"alone-{run}");
            var (rerunExit, _, rerunError) = await CliRun.RunAsync([.. rerun.Split(' '), "--out", alone, "--quiet"]);

            Assert.True(rerunExit == ExitCodes.Success, rerunError);
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(folder, "traces", $"00000{run}.jsonl")),
                await File.ReadAllBytesAsync(Path.Combine(alone, "trace.jsonl")));
        }
    }

    [Theory]
    [InlineData("grid:\n  actors.rusia.capability: [1, 2]\n", "unknown parameter path 'actors.rusia.capability': the world has no actor 'rusia' (did you mean 'russia'?)")]
    [InlineData("replicates: 100001\n", "'replicates' must be between 1 and 100000; got 100001")]
    [InlineData("grid:\n  actors.russia.capability: { from: 0, to: 1000, step: 1 }\nreplicates: 500\n", "this sweep would make 500,500 runs (1,001 parameter sets × 500 replicates); a sweep makes at most 100,000: split it into several sweeps")]
    [InlineData("grid: [1, 2]\n", "'grid' must be a mapping of PATH: [values] or PATH: { from, to, step }; got a list")]
    public async Task A_wrong_sweep_file_is_one_located_line_exit_2_and_nothing_written(string body, string message)
    {
        var sweep = WriteSweep("wrong", body);
        var folder = _temp.Sub("out");

        var (exit, _, error) = await CliRun.RunAsync("sweep", sweep, "--out", folder);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{sweep}:", line, StringComparison.Ordinal);
        Assert.EndsWith($": error: {message}", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
        Assert.False(Directory.Exists(folder + ".partial"));
    }

    [Fact]
    public async Task An_out_folder_holding_another_sweep_or_other_files_is_refused_with_exit_2()
    {
        var first = WriteSweep("first", "");
        var second = WriteSweep("second", "");
        var folder = _temp.Sub("out");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("sweep", first, "--out", folder, "--quiet")).Exit);

        var (exit, _, error) = await CliRun.RunAsync("sweep", second, "--out", folder);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal($"{second}:1:1: error: --out {folder} holds a finished sweep, but it holds sweep 'first' (from {first}), not 'second'; choose another folder, or delete it to run this sweep there\n", error);

        var stranger = _temp.Sub("stranger");
        Directory.CreateDirectory(stranger);
        await File.WriteAllTextAsync(Path.Combine(stranger, "notes.txt"), "mine");
        Assert.Equal(ExitCodes.InvalidInput, (await CliRun.RunAsync("sweep", first, "--out", stranger)).Exit);
        Assert.Equal(["notes.txt"], Directory.GetFiles(stranger).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_sweep_with_failing_runs_finishes_reports_them_and_exits_3()
    {
        var sweep = WriteSweep("failing", "sets:\n  - { models.concession.beta: 0.5 }\n  - { models.concession.tactic: linear, models.concession.beta: 3 }\n");

        var (exit, output, _) = await CliRun.RunAsync("sweep", sweep, "--out", _temp.Sub("out"));

        Assert.Equal(ExitCodes.FinishedWithFailedRuns, exit);
        Assert.Contains("; 1 failed.", output, StringComparison.Ordinal);
        Assert.Contains("run 2 (set 2, seed ", output, StringComparison.Ordinal);
        Assert.Contains("failed: parameter set 2: models.concession.beta = 3 does not fit models.concession.tactic = linear", output, StringComparison.Ordinal);
        Assert.True(File.Exists(_temp.Sub("out", "report.html")));
    }

    [Fact]
    public async Task A_sweep_interrupted_then_killed_mid_sweep_resumes_to_the_tables_of_an_uninterrupted_sweep()
    {
        var sweep = WriteSweep("killed", "seed: 9\nuncertainty: from-confidence\nreplicates: 12\n");
        var whole = _temp.Sub("whole");
        Assert.Equal(ExitCodes.Success, (await CliRun.RunAsync("sweep", sweep, "--out", whole, "--quiet", "--parallel", "3")).Exit);

        var resumed = _temp.Sub("resumed");
        var journal = Path.Combine(resumed + ".partial", "journal", "runs.jsonl");
        string[] arguments = [CliProcess.Dll, "sweep", sweep, "--out", resumed, "--parallel", "3"];

        // Ctrl+C after two runs: the sweep stops, keeps what it finished and says how to go on.
        using (var interrupted = CliProcess.Start("dotnet", arguments, _temp.Path))
        {
            var printed = interrupted.StandardOutput.ReadToEndAsync();
            var complaints = interrupted.StandardError.ReadToEndAsync();
            await WaitForRunsAsync(journal, 2, () => interrupted.HasExited);
            CliProcess.Signal(interrupted, CliProcess.SigInt);
            await CliProcess.WaitAsync(interrupted);

            Assert.True(interrupted.ExitCode == 130, $"exit {interrupted.ExitCode}: {await complaints}");
            Assert.Contains($"Interrupted by SIGINT (Ctrl+C): finished runs are kept in {resumed}.partial; run the same command again to resume.", await printed, StringComparison.Ordinal);
            Assert.False(Directory.Exists(resumed));
        }

        // Then a crash after six: nothing graceful at all.
        using (var child = await ChildProcess.StartAsync("dotnet", arguments, readyWhen: "sweep killed", TimeSpan.FromSeconds(120)))
        {
            await WaitForRunsAsync(journal, 6, () => child.HasExited);
            child.Kill();
        }

        var (exit, _, error) = await CliRun.RunAsync("sweep", sweep, "--out", resumed, "--quiet", "--parallel", "2");

        Assert.True(exit == ExitCodes.Success, error);
        foreach (var table in new[] { "runs", "finals", "probabilities", "quantiles", "bands" })
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(whole, $"{table}.csv")), await File.ReadAllBytesAsync(Path.Combine(resumed, $"{table}.csv")));
        }

        Assert.Contains("\"resumedRuns\": ", await File.ReadAllTextAsync(Path.Combine(resumed, "sweep.json")), StringComparison.Ordinal);
    }

    private static async Task WaitForRunsAsync(string journal, int runs, Func<bool> exited)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (Lines(journal) < runs && !exited() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    private static int Lines(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var count = 0;
            for (var b = stream.ReadByte(); b >= 0; b = stream.ReadByte())
            {
                count += b == '\n' ? 1 : 0;
            }

            return count;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
