using System.Globalization;

namespace Diplomacy.RunBench.Suite;

/// <summary>The suite's table (Markdown, so it pastes into the README) and its TARGET lines, printed as they come.</summary>
public sealed class Report
{
    private readonly List<string> _targets = [];

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Spread(IReadOnlyCollection<double> values, string format) =>
        Format($"{Median(values).ToString(format, CultureInfo.InvariantCulture)} ({values.Min().ToString(format, CultureInfo.InvariantCulture)}–{values.Max().ToString(format, CultureInfo.InvariantCulture)})");

    public static void Header(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine();
        Console.WriteLine("| what | median (min–max) |");
        Console.WriteLine("|---|---|");
    }

    public static void Row(string what, string figure) => Console.WriteLine($"| {what} | {figure} |");

    /// <summary>Notes one target; a missing measurement (NaN) is a miss.</summary>
    public void Target(string name, double measured, string format, string goal, bool met) =>
        _targets.Add(Format($"TARGET {name} {(double.IsNaN(measured) ? "n/a" : measured.ToString(format, CultureInfo.InvariantCulture))} {goal} {(met && !double.IsNaN(measured) ? "met" : "missed")}"));

    public void PrintTargets()
    {
        Console.WriteLine();
        foreach (var line in _targets)
        {
            Console.WriteLine(line);
        }
    }
}
