using Diplomacy.Model.World;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Classroom.Scenarios;

/// <summary>
/// The scenarios a teacher can pick: the shipped ones, each read and checked as <c>run</c> reads it,
/// and their Info texts (<c>scenarios/NAME.info.md</c>, built into the server). A name is looked up
/// in the list, never joined to a path, so a request cannot reach any other file.
/// </summary>
public sealed class ScenarioCatalog
{
    private const string Extension = ".yaml";

    private readonly Dictionary<string, Scenario> _scenarios;

    public ScenarioCatalog(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = folder;
        var worlds = new Dictionary<string, SeedWorld>(StringComparer.Ordinal);
        _scenarios = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*" + Extension)
                .Order(StringComparer.Ordinal)
                .Select(file => ScenarioLoader.Load(file, world => Cached(worlds, world)))
                .ToDictionary(s => s.Name, StringComparer.Ordinal)
            : [];
    }

    public string Folder { get; }

    /// <summary>The shipped scenarios, by name.</summary>
    public IReadOnlyList<Scenario> All => [.. _scenarios.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The shipped worlds' folder (<c>../seeds</c> from the scenarios), which uploads may name too.</summary>
    public string SeedsFolder => Path.GetFullPath(Path.Combine(Folder, "..", "seeds"));

    public Scenario? Find(string name) => _scenarios.GetValueOrDefault(name);

    /// <summary>The Info text of a scenario (Markdown, NetLogo's order of sections), or null when it has none.</summary>
    public static string? InfoOf(string name)
    {
        using var stream = typeof(ScenarioCatalog).Assembly.GetManifestResourceStream($"info/{name}.info.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Scenarios with an Info text built in.</summary>
    public static IReadOnlyList<string> WithInfo() =>
        [.. typeof(ScenarioCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("info/", StringComparison.Ordinal))
            .Select(n => n["info/".Length..^".info.md".Length])
            .Order(StringComparer.Ordinal)];

    private static SeedWorld Cached(Dictionary<string, SeedWorld> worlds, string path)
    {
        if (!worlds.TryGetValue(path, out var world))
        {
            world = WorldFileReader.Load(path).World;
            worlds[path] = world;
        }

        return world;
    }
}
