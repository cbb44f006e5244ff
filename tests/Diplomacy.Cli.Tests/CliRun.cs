namespace Diplomacy.Cli.Tests;

/// <summary>Runs the command in process with captured output, and finds the repository's shipped scenarios.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    // The repository's scenarios/ folder, found by walking up from the test binaries.
    public static string ShippedScenario(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "scenarios", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"no scenarios/{name} above {AppContext.BaseDirectory}");
    }

    /// <summary>A file of the repository, by its path from the root (the folder of Diplomacy.sln).</summary>
    public static string RepositoryFile(string path)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Diplomacy.sln")))
            {
                return Path.Combine(folder.FullName, path);
            }
        }

        throw new InvalidOperationException($"no Diplomacy.sln above {AppContext.BaseDirectory}");
    }
}
