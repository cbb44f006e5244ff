namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// The scenarios that ship with the program, in the <c>scenarios/</c> folder beside the executable
/// (the build and the tool package put it there, next to <c>seeds/</c>, so that each scenario's
/// <c>world: ../seeds/...</c> still resolves). A shipped scenario is named by its file name
/// without <c>.yaml</c>: <c>diplomacy run talks-as-announced</c> works from any folder.
/// </summary>
public sealed class ShippedScenarios
{
    public const string FolderName = "scenarios";

    private const string Extension = ".yaml";

    public ShippedScenarios(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = folder;
    }

    /// <summary>Where the shipped scenario files are.</summary>
    public string Folder { get; }

    /// <summary>The shipped scenarios of the running program: <c>scenarios/</c> beside it.</summary>
    public static ShippedScenarios BesideExecutable() => new(Path.Combine(AppContext.BaseDirectory, FolderName));

    /// <summary>Every shipped name, in ordinal order (empty when the folder is missing).</summary>
    public IReadOnlyList<string> Names =>
        Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*" + Extension)
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>
    /// The file of the shipped scenario called <paramref name="name"/> (with or without
    /// <c>.yaml</c>), or null when there is none. Names with a folder in them are never shipped names.
    /// </summary>
    public string? FileOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bare = name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : name;
        if (bare.Length == 0 || bare.IndexOfAny(['/', '\\']) >= 0 || bare.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var file = Path.Combine(Folder, bare + Extension);
        return File.Exists(file) ? file : null;
    }
}
