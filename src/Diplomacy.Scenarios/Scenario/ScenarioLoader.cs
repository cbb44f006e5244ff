using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using Diplomacy.Scenarios.Uncertainty;
using Diplomacy.Scenarios.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Reads a scenario file, loads the world it names, and checks every key, id, range and round
/// against the format in docs/scenario-format.md. All mistakes found are reported together.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads and checks the scenario at <paramref name="path"/> (relative to the current directory or absolute), and the world it names.</summary>
    /// <exception cref="InputException">
    /// The file or its world is missing, unreadable or wrong; <see cref="InputException.Errors"/>
    /// holds every mistake, each at file:line:column.
    /// </exception>
    public static Scenario Load(string path) => Load(path, worldPath => WorldFileReader.Load(worldPath).World);

    /// <summary>Loads and checks the scenario at <paramref name="path"/> (relative to the current directory or absolute).</summary>
    /// <param name="loadWorld">Reads a world file from its resolved path, throwing <see cref="InputException"/> when it is wrong.</param>
    /// <exception cref="InputException">
    /// The file or its world is missing, unreadable or wrong; <see cref="InputException.Errors"/>
    /// holds every mistake, each at file:line:column.
    /// </exception>
    public static Scenario Load(string path, Func<string, SeedWorld> loadWorld)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(loadWorld);
        if (Directory.Exists(path))
        {
            throw new InputException(new InputError(new SourceLocation(path, 1, 1), "this is a directory; expected a scenario file (.yaml)"));
        }

        var file = YamlDocumentReader.Load(path, InputKind.Scenario);
        var reader = file.Reader;
        PlainData.RejectTags(reader, file.Root);
        // Plain null tests, not pattern variables: Stryker cannot compile the mutants of a method
        // whose pattern variables a mutant copies or leaves unassigned (docs/testing.md).
        var top = reader.Mapping(file.Root, "the scenario", ScenarioKeys.TopLevel);
        if (top is null)
        {
            throw Failure(reader, path);
        }

        var nameNode = top.Required("name");
        var name = nameNode is null ? null : ScenarioNames.Read(reader, nameNode, "'name'");
        var description = top.OptionalString("description") ?? string.Empty;
        var (worldFile, world) = LoadWorld(top, path, loadWorld);
        var references = new WorldReferences(reader, world);
        var issuesNode = top.Required("issues");
        var issueItems = issuesNode is null ? null : reader.Sequence(issuesNode, "'issues'");
        var issues = issueItems is null ? null : references.ReadIssuesInPlay(issueItems, issuesNode!);
        var rounds = top.RequiredInt("rounds", 1, ScenarioLimits.MaxRounds);
        var seed = top.OptionalInt("seed", 0, int.MaxValue) ?? 0;
        var uncertaintyNode = top.Optional("uncertainty");
        var uncertainty = uncertaintyNode is null ? null : UncertaintyReader.Read(reader, uncertaintyNode, "'uncertainty'").Spec;
        var models = ModelSettingsReader.Read(top.OptionalMapping("models", "'models'", ScenarioKeys.Models));
        var events = new ScenarioEventReader(reader, references, rounds).Read(top.OptionalSequence("events"));
        var stopWhen = new StopConditionReader(reader, references).Read(top.OptionalSequence("stop-when"));

        if (reader.HasErrors || name is null || worldFile is null || world is null || issues is null || rounds is null)
        {
            throw Failure(reader, path);
        }

        return new Scenario(name, description, path, worldFile, world, issues, rounds.Value, seed, models, events, stopWhen) { Uncertainty = uncertainty };
    }

    /// <summary>Resolves 'world' against the scenario's folder and loads it; its own errors join the scenario's.</summary>
    private static (string? File, SeedWorld? World) LoadWorld(YamlMappingReader top, string scenarioPath, Func<string, SeedWorld> loadWorld)
    {
        var reader = top.Reader;
        var node = top.Required("world");
        var written = node is null ? null : reader.String(node, "'world'");
        if (node is null || written is null)
        {
            return (null, null);
        }

        var reason = WorldPaths.RefusedReason(written);
        if (reason is not null)
        {
            reader.Report(node, reason);
            return (null, null);
        }

        var resolved = WorldPaths.Resolve(scenarioPath, written);
        if (Directory.Exists(resolved))
        {
            reader.Report(node, $"'world' names a directory, {resolved}; expected a world file");
            return (null, null);
        }

        var kind = FileKinds.Of(resolved);
        if (kind == FileKind.Missing)
        {
            reader.Report(node, $"world file not found: {resolved} ('world' is read relative to the scenario file's folder)");
            return (null, null);
        }

        if (kind != FileKind.Regular)
        {
            reader.Report(node, $"'world' names {FileKinds.Describe(kind)}, {resolved}; expected a regular world file");
            return (null, null);
        }

        try
        {
            return (resolved, loadWorld(resolved));
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors)
            {
                reader.Report(error.Location, error.Message);
            }

            return (resolved, null);
        }
    }

    /// <summary>Every error, the scenario file's first in the order they appear, then the world file's.</summary>
    private static InputException Failure(YamlNodeReader reader, string path) =>
        new(reader.Errors
            .OrderBy(e => e.Location.File == path ? 0 : 1)
            .ThenBy(e => e.Location.File, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Location.Column)
            .ToList());
}
