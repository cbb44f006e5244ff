namespace Diplomacy.Experiments.Tests.Sweeps;

/// <summary>Where the repository's shipped scenarios are, copied beside the tests as in the repository so relative paths resolve.</summary>
internal static class ShippedFiles
{
    public static string Scenarios { get; } = FindScenarios();

    public static string Baseline => System.IO.Path.Combine(Scenarios, "talks-as-announced.yaml");

    private static string FindScenarios()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, "scenarios");
            if (File.Exists(System.IO.Path.Combine(candidate, "talks-as-announced.yaml")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"no scenarios/ above {AppContext.BaseDirectory}");
    }
}
