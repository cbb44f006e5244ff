using System.Globalization;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Sweeps;
using Spectre.Console;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// A sweep's progress: on a terminal a bar with runs done, runs per second and time left; elsewhere
/// a line at every tenth of the runs; nothing with <c>--quiet</c>. Runs resumed from an earlier
/// process count as done but not in the speed.
/// </summary>
public sealed class SweepProgressDisplay
{
    private readonly TextWriter? _lines;
    private readonly bool _bar;
    private readonly string _label;
    private int _lastTenth = -1;

    private SweepProgressDisplay(TextWriter? lines, bool bar, string label)
    {
        _lines = lines;
        _bar = bar;
        _label = label;
    }

    public static SweepProgressDisplay For(TextWriter output, bool quiet, Sweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        return new SweepProgressDisplay(quiet || terminal ? null : output, !quiet && terminal, $"sweep {sweep.Name}");
    }

    public async Task<T> ShowAsync<T>(Func<Action<SweepProgress>, Task<T>> work)
    {
        if (!_bar)
        {
            return await work(WriteLine);
        }

        return await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(_label));
                return await work(progress =>
                {
                    task.MaxValue = progress.Total;
                    task.Value = progress.Done;
                    task.Description = Markup.Escape($"{_label}: {Describe(progress)}");
                });
            });
    }

    /// <summary>"120/1000 runs, 41.3 runs/s, about 21 s left, 2 failed".</summary>
    public static string Describe(SweepProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var ran = progress.Done - progress.Resumed;
        var rate = progress.Elapsed.TotalSeconds > 0 ? ran / progress.Elapsed.TotalSeconds : 0;
        var left = rate > 0 ? $", about {FormatDuration((progress.Total - progress.Done) / rate)} left" : "";
        var failed = progress.Failed > 0 ? $", {progress.Failed} failed" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{progress.Done}/{progress.Total} runs, {rate:0.0} runs/s{left}{failed}");
    }

    private void WriteLine(SweepProgress progress)
    {
        var tenth = progress.Total == 0 ? 10 : (int)(10L * progress.Done / progress.Total);
        if (_lines is null || tenth == _lastTenth)
        {
            return;
        }

        _lastTenth = tenth;
        _lines.WriteLine($"{_label}: {Describe(progress)}");
    }

    private static string FormatDuration(double seconds) => seconds switch
    {
        < 90 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(seconds):0} s"),
        < 5400 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(seconds / 60):0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.0} h"),
    };
}
