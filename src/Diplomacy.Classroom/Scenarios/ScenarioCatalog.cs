using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Classroom.Scenarios;

/// <summary>
/// The scenarios a teacher can pick: the shipped ones, each read and checked as <c>run</c> reads it,
/// and their Info texts (<c>scenarios/NAME.info.md</c>, built into the server). A name is looked up
/// in the list, never joined to a path, so a request cannot reach any other file.
/// </summary>
public sealed class ScenarioCatalog
{
    private readonly Dictionary<string, Scenario> _scenarios;

    public ScenarioCatalog(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Folder = folder;
        _scenarios = new ShippedScenarios(folder).LoadAll().ToDictionary(s => s.Name, StringComparer.Ordinal);
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
}
