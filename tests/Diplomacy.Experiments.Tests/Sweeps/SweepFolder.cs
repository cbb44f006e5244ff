namespace Diplomacy.Experiments.Tests.Sweeps;

/// <summary>A temporary folder for sweep files that name the repository's shipped scenarios by absolute path.</summary>
internal sealed class SweepFolder : IDisposable
{
    public SweepFolder() => Path = Directory.CreateTempSubdirectory("diplomacy-sweep-file-").FullName;

    public string Path { get; }

    public static string Scenarios { get; } = FindScenarios();

    public static string Baseline => System.IO.Path.Combine(Scenarios, "talks-as-announced.yaml");

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

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
