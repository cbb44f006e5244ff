using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>One issue under one pair of matching parameter sets: the probability of agreement in sweep A and in B, and B − A.</summary>
public sealed record OddsDifference(int? SetA, int? SetB, string Parameters, string Issue, int RunsA, int RunsB, double? ProbabilityA, double? ProbabilityB)
{
    public double? Difference => ProbabilityA is { } a && ProbabilityB is { } b ? b - a : null;
}

/// <summary>
/// Two finished sweeps side by side (<c>diplomacy compare DIR_A DIR_B</c>): for each parameter set
/// and issue, the probability of agreement under each and the difference. Sets pair up by their
/// parameter values; two sweeps of one set each (the Europe in/out pair) pair up as they are.
/// A set or issue only one sweep has is listed with the other side empty.
/// </summary>
public static class SweepComparison
{
    public const string Table = "difference";

    public static TableSchema<OddsDifference> Schema { get; } = new(Table,
    [
        new("set_a", ColumnType.Int32, true, "parameter set in sweep A; empty when A has no such set", r => r.SetA),
        new("set_b", ColumnType.Int32, true, "parameter set in sweep B; empty when B has no such set", r => r.SetB),
        new("parameters", ColumnType.Text, false, "the set's values as PATH=VALUE (A's when both have one set)", r => r.Parameters),
        new("issue", ColumnType.Text, false, "issue in play", r => r.Issue),
        new("runs_a", ColumnType.Int32, false, "finished runs in A", r => r.RunsA),
        new("runs_b", ColumnType.Int32, false, "finished runs in B", r => r.RunsB),
        new("probability_a", ColumnType.Double, true, "probability of agreement on the issue in A", r => r.ProbabilityA),
        new("probability_b", ColumnType.Double, true, "probability of agreement on the issue in B", r => r.ProbabilityB),
        new("difference", ColumnType.Double, true, "probability_b - probability_a", r => r.Difference),
    ]);

    public static async Task<IReadOnlyList<OddsDifference>> CompareAsync(string first, string second)
    {
        var a = await OddsAsync(first);
        var b = await OddsAsync(second);
        var single = a.Select(r => r.Set).Distinct().Count() == 1 && b.Select(r => r.Set).Distinct().Count() == 1;
        string Key(ProbabilityRow row) => single ? "" : row.Parameters;
        var issues = a.Select(r => r.Issue).Concat(b.Select(r => r.Issue)).Distinct(StringComparer.Ordinal).ToList();
        var keys = a.Select(Key).Concat(b.Select(Key)).Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<OddsDifference>();
        foreach (var key in keys)
        {
            foreach (var issue in issues)
            {
                var left = a.FirstOrDefault(r => Key(r) == key && r.Issue == issue);
                var right = b.FirstOrDefault(r => Key(r) == key && r.Issue == issue);
                if (left is null && right is null)
                {
                    continue;
                }

                rows.Add(new OddsDifference(
                    left?.Set,
                    right?.Set,
                    (left ?? right)!.Parameters,
                    issue,
                    left?.Runs ?? 0,
                    right?.Runs ?? 0,
                    left?.Probability,
                    right?.Probability));
            }
        }

        return rows;
    }

    private static async Task<List<ProbabilityRow>> OddsAsync(string folder)
    {
        var rows = new List<ProbabilityRow>();
        await foreach (var row in SweepTableReader.ReadAsync(folder, SweepAggregates.ProbabilitiesTable))
        {
            rows.Add(new ProbabilityRow(row.Int("set"), row["parameters"] ?? "", row["issue"] ?? "", row.Int("runs"), row.Int("agreed"), row.OptionalDouble("probability")));
        }

        return rows;
    }
}
