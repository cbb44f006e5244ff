using System.Globalization;
using System.Text;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Model.World;
using Diplomacy.Runtime.Output;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy scenarios</c>: the scenarios shipped with the program, each with its rounds, the
/// issues in play and its description, and the folder they live in (copy one there to change it).
/// Each is read and checked as <c>run</c> would, so the list never offers a scenario that fails.
/// </summary>
public static class ScenariosCommand
{
    public const string Name = "scenarios";

    public const string Summary = "list the shipped scenarios; 'run', 'compare' and 'validate' take their names";

    public const string Help = """
        Usage: diplomacy scenarios

        Lists the scenarios shipped with the program, each with its rounds, the issues in play and
        its description, and the folder they live in (copy one from there to change it). Each is
        read and checked as 'run' would. Wherever a command takes SCENARIO, a shipped scenario's
        name (talks-as-announced) does as well as a file, from any folder.

        Options:
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy scenarios
          diplomacy run summit-in-moscow
        """;

    private const int Width = 100;
    private const string Indent = "    ";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);

        var shipped = ShippedScenarios.BesideExecutable();
        var names = shipped.Names;
        if (names.Count == 0)
        {
            await error.WriteLineAsync($"diplomacy: no shipped scenarios in {shipped.Folder}; the installation is incomplete");
            return ExitCodes.Failure;
        }

        // Every shipped scenario plays in the same world: read and check it once.
        var worlds = new Dictionary<string, SeedWorld>(StringComparer.Ordinal);
        var scenarios = names
            .Select(name => ScenarioLoader.Load(shipped.FileOf(name)!, world => Cached(worlds, world)))
            .ToList();

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{scenarios.Count} scenarios ship with diplomacy {ProductVersion.Version}, in {shipped.Folder}");
        text.AppendLine("Run one from any folder with 'diplomacy run NAME'; to change one, copy its file and run the copy.");
        var nameWidth = scenarios.Max(s => s.Name.Length);
        foreach (var scenario in scenarios)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{scenario.Name.PadRight(nameWidth)}  {scenario.Rounds} rounds, seed {scenario.Seed}");
            AppendWrapped(text, $"issues: {string.Join(", ", scenario.Issues)}");
            AppendWrapped(text, scenario.Description);
        }

        await output.WriteAsync(text.ToString());
        return ExitCodes.Success;
    }

    private static SeedWorld Cached(Dictionary<string, SeedWorld> worlds, string path)
    {
        if (!worlds.TryGetValue(path, out var world))
        {
            world = WorldFileReader.Load(path).World;
            worlds[path] = world;
        }

        return world;
    }

    // Descriptions are folded YAML prose: rewrap them to the terminal-friendly width, indented.
    private static void AppendWrapped(StringBuilder text, string prose)
    {
        var line = new StringBuilder(Indent);
        foreach (var word in prose.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > Indent.Length && line.Length + 1 + word.Length > Width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(Indent);
            }

            line.Append(line.Length > Indent.Length ? " " : string.Empty).Append(word);
        }

        if (line.Length > Indent.Length)
        {
            text.AppendLine(line.ToString());
        }
    }
}
