namespace Diplomacy.Scenarios.Tests.Tables;

/// <summary>The repository's data/ folder, found by walking up from the test binaries to the solution.</summary>
internal static class RepositoryData
{
    public static string PathOf(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Diplomacy.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("Diplomacy.sln not found above the test binaries"), "data", relative);
    }
}
