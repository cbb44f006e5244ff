using System.Diagnostics;
using System.Text.Json;
using static Diplomacy.RunBench.Suite.Report;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// The whole <c>diplomacy</c> process, as a user starts it: <c>run</c> of the baseline (silo, run,
/// outputs and plots) against <c>help</c> (the runtime's bare start-up) and a bare Orleans silo's
/// start and stop, taken in turns; in the full suite also the ReadyToRun publish the tool ships as.
/// </summary>
public sealed class WholeProcess(SuiteSettings settings, string repository, Report report)
{
    public async Task MeasureAsync()
    {
        var cli = Path.Combine(repository, "src", "Diplomacy.Cli", "bin", "Release", "net10.0", "diplomacy");
        Header("Whole process (Process + Stopwatch), while this process is idle");
        if (!File.Exists(cli))
        {
            Row("diplomacy run / help", $"not measured: build the CLI first ({cli} is missing)");
            report.Target("run-whole-process-s", double.NaN, "0.00", "<=1.0", false);
            return;
        }

        var published = settings.Mode == "full" ? await PublishReadyToRunAsync() : null;
        var help = new List<double>();
        var bareSilo = new List<double>();
        var run = new List<double>();
        var siloStart = new List<double>();
        var runOnly = new List<double>();
        var readyToRun = new List<double>();
        for (var rep = 0; rep < settings.Repetitions; rep++)
        {
            help.Add(await TimeAsync(cli, ["help"]));
            bareSilo.Add(await TimeAsync(BareSiloCommand[0], BareSiloCommand[1..]));
            var (seconds, timings) = await TimeRunAsync(cli);
            run.Add(seconds);
            siloStart.Add(timings.GetProperty("siloStartMilliseconds").GetDouble() / 1000);
            runOnly.Add(timings.GetProperty("runMilliseconds").GetDouble() / 1000);
            if (published is not null)
            {
                readyToRun.Add((await TimeRunAsync(published)).Seconds);
            }
        }

        Row("`diplomacy help`, whole process", Spread(help, "0.00") + " s");
        Row("a bare Orleans silo started and stopped (localhost clustering, no grains: `Diplomacy.RunBench bare-silo`), whole process", Spread(bareSilo, "0.00") + Format($" s = {Median(bareSilo) / Median(help):0.0}× help"));
        Row("`diplomacy run scenarios/talks-as-announced.yaml`, whole process (plots included), Release build", Spread(run, "0.00") + Format($" s = {Median(run) / Median(help):0.0}× help, {Median(run) / Median(bareSilo):0.0}× the bare silo"));
        var rest = run.Select((whole, i) => whole - siloStart[i] - runOnly[i]).ToList();
        Row("… of which silo start / the run and its tables / the rest (start-up, reading, plots and report, stop), from manifest.json's timings",
            Spread(siloStart, "0.00") + " s / " + Spread(runOnly, "0.00") + " s / " + Spread(rest, "0.00") + " s");
        if (published is null)
        {
            Row("the same, published ReadyToRun for linux-x64 (as the .NET tool package ships)", "not in --quick (the publish takes a minute)");
        }
        else
        {
            Row("the same, published ReadyToRun for linux-x64 (as the .NET tool package ships)", Spread(readyToRun, "0.00") + Format($" s = {Median(readyToRun) / Median(run):0.00}× the Release build"));
        }

        report.Target("run-whole-process-s", Median(run), "0.00", "<=1.0", Median(run) <= 1.0);
        if (published is not null)
        {
            report.Target("run-whole-process-readytorun-s", Median(readyToRun), "0.00", "<=1.0", Median(readyToRun) <= 1.0);
            Directory.Delete(Path.GetDirectoryName(published)!, recursive: true);
        }
    }

    // This benchmark's own executable in its bare-silo mode: the apphost, or `dotnet <dll>` when started through dotnet.
    private static string[] BareSiloCommand =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet"
            ? [Environment.ProcessPath!, typeof(WholeProcess).Assembly.Location, "bare-silo"]
            : [Environment.ProcessPath!, "bare-silo"];

    private async Task<(double Seconds, JsonElement Timings)> TimeRunAsync(string cli)
    {
        var output = Path.Combine(Path.GetTempPath(), $"runbench-run-{Guid.NewGuid():N}");
        try
        {
            var seconds = await TimeAsync(cli, ["run", "scenarios/talks-as-announced.yaml", "--out", output]);
            var timings = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json"))).RootElement.GetProperty("timings").Clone();
            return (seconds, timings);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>The CLI as the linux-x64 tool package ships it: framework-dependent, ReadyToRun (the project file asks for it on publish).</summary>
    private async Task<string?> PublishReadyToRunAsync()
    {
        // A fresh folder of this benchmark's own, deleted after timing (or at once if the publish fails).
        var folder = Path.Combine(Path.GetTempPath(), $"runbench-publish-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", "src/Diplomacy.Cli", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Row("the same, published ReadyToRun", $"not measured: dotnet publish exited {process.ExitCode}: {(await stdout).Split('\n').LastOrDefault(l => l.Contains("error", StringComparison.Ordinal))}");
            return null;
        }

        return Path.Combine(folder, "diplomacy");
    }

    private async Task<double> TimeAsync(string cli, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(cli) { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {cli}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        await Task.WhenAll(stdout, stderr);
        return process.ExitCode == 0
            ? seconds
            : throw new InvalidOperationException($"diplomacy {string.Join(' ', arguments)} exited {process.ExitCode}: {(await stderr).Split('\n')[0]}");
    }
}
