namespace Diplomacy.Scenarios.World;

/// <summary>
/// Finds the shipped world file when the user names none: first in a <c>seeds/</c> folder in the
/// current directory or any directory above it (working in a clone of the repository), then in
/// the <c>seeds/</c> folder the build copies beside the executable (running it from anywhere).
/// </summary>
public static class WorldFileLocator
{
    /// <summary>The world file shipped with the project, drawn from the 13 February 2025 article.</summary>
    public const string DefaultFileName = "2025-02-13-us-russia-ukraine-peace-talks.world.yaml";

    public const string SeedsFolder = "seeds";

    /// <summary>The default world file's path, or null when neither place has it.</summary>
    public static string? FindDefault(string currentDirectory, string executableDirectory)
    {
        for (var folder = new DirectoryInfo(currentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, SeedsFolder, DefaultFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var beside = Path.Combine(executableDirectory, SeedsFolder, DefaultFileName);
        return File.Exists(beside) ? beside : null;
    }
}
