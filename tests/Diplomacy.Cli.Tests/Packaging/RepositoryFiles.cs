namespace Diplomacy.Cli.Tests.Packaging;

/// <summary>The repository the tests were built from, found by walking up from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")) && File.Exists(Path.Combine(folder.FullName, "LICENSE")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no repository root (Directory.Build.props and LICENSE) above {AppContext.BaseDirectory}");
    }
}
