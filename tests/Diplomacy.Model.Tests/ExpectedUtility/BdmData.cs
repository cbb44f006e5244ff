using System.Globalization;
using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

/// <summary>Reads the test data: BDM tables and the replication's round-by-round output.</summary>
internal static class BdmData
{
    public static IReadOnlyList<BdmActor> Actors(string name) =>
        [.. Rows(name + ".csv").Select(f => new BdmActor(f[0], Number(f[1]), Number(f[2]), Number(f[3])))];

    /// <summary>Positions and risk exponents per round as the Python replication printed them (repr, round-trip).</summary>
    public static IReadOnlyList<(int Round, string Actor, double Position, double? Risk)> Replication(string name) =>
        [.. Rows(name + ".replication.csv").Select(f => (int.Parse(f[0], CultureInfo.InvariantCulture), f[1], Number(f[2]), f[3].Length == 0 ? (double?)null : Number(f[3])))];

    public static IReadOnlyList<BdmActor> Random(Random random, int count, bool integerPositions = false) =>
        [.. Enumerable.Range(0, count).Select(i => new BdmActor(
            $"A{i}",
            Math.Round(0.05 + random.NextDouble(), 3),
            integerPositions ? random.Next(0, 11) : Math.Round(random.NextDouble() * 100, 2),
            Math.Round(0.1 + (0.9 * random.NextDouble()), 2)))];

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','));
}
