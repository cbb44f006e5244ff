using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>The repository's shipped scenarios and the approved SHA-256 of their traces (tests/Diplomacy.Cli.Tests/Approved).</summary>
public static class ShippedScenarios
{
    public static readonly int[] Seeds = [1, 7, 2025];

    public static IReadOnlyList<Scenario> All() =>
        [.. Directory.GetFiles(Path.Combine(Root(), "scenarios"), "*.yaml").Order(StringComparer.Ordinal).Select(f => ScenarioLoader.Load(f))];

    /// <summary>"scenario-seed/file" → hash, as the approved file lists them.</summary>
    public static IReadOnlyDictionary<string, string> ApprovedHashes() =>
        File.ReadAllLines(Path.Combine(Root(), "tests", "Diplomacy.Cli.Tests", "Approved", "shipped-traces.sha256"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Diplomacy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Diplomacy.sln above {AppContext.BaseDirectory}");
    }
}
