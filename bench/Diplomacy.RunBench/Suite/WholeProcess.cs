using System.Diagnostics;
using System.Text.Json;
using static Diplomacy.RunBench.Suite.Report;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// The whole <c>diplomacy</c> process, as a user starts it: <c>run</c> of the baseline (silo, run,
/// outputs and plots) against <c>help</c> (the runtime's bare start-up), taken in turns.
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

        var help = new List<double>();
        var run = new List<double>();
        var siloStart = new List<double>();
        var runOnly = new List<double>();
        for (var rep = 0; rep < settings.Repetitions; rep++)
        {
            help.Add(await TimeAsync(cli, ["help"]));
            var output = Path.Combine(Path.GetTempPath(), $"runbench-run-{Guid.NewGuid():N}");
            try
            {
                run.Add(await TimeAsync(cli, ["run", "scenarios/talks-as-announced.yaml", "--out", output]));
                var timings = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json"))).RootElement.GetProperty("timings");
                siloStart.Add(timings.GetProperty("siloStartMilliseconds").GetDouble() / 1000);
                runOnly.Add(timings.GetProperty("runMilliseconds").GetDouble() / 1000);
            }
            finally
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
            }
        }

        Row("`diplomacy help`, whole process", Spread(help, "0.00") + " s");
        Row("`diplomacy run scenarios/talks-as-announced.yaml`, whole process (plots included)", Spread(run, "0.00") + Format($" s = {Median(run) / Median(help):0.0}× help"));
        var rest = run.Select((whole, i) => whole - siloStart[i] - runOnly[i]).ToList();
        Row("… of which silo start / the run and its tables / the rest (start-up, reading, plots and report, stop), from manifest.json's timings",
            Spread(siloStart, "0.00") + " s / " + Spread(runOnly, "0.00") + " s / " + Spread(rest, "0.00") + " s");
        report.Target("run-whole-process-s", Median(run), "0.00", "<=1.0", Median(run) <= 1.0);
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
