using Diplomacy.Cli.CommandLine;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy seed show [FILE] [--actor ID[,ID..]] [--issue ID[,ID..]] [--kind KIND[,KIND..]]
/// [--quotes] [--format table|json]</c>: the world as a table of actors × issues or as JSON,
/// optionally narrowed to some actors, issues or kinds of actor.
/// </summary>
public static class SeedShowCommand
{
    public const string Name = "seed show";

    public const string Summary = "print a world file as an actors × issues table, or as JSON";

    public const string Help = """
        Usage: diplomacy seed show [FILE] [--actor ID,..] [--issue ID,..] [--kind KIND,..] [--quotes] [--format table|json]

        Prints the world as a table of actors × issues (each cell a position), or as JSON with every
        actor, issue, stance and tie. Naming actors or issues prints their stances in detail. A draft
        world (from 'seed init') is shown too: '?' marks a position still draft, 'd' a stance not
        yet judged.
        """ + "\n" + SeedCommand.FileHelp + """


        Options:
          --actor ID,..            only these actors (ids from the world file)
          --issue ID,..            only these issues
          --kind KIND,..           only actors of these kinds: state, organisation, leader, analyst
          --quotes                 print the quote (or assumption) behind each stance
          --format table|json      a table (default) or JSON
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy seed show --issue territory --quotes
        """;

    private static readonly HashSet<string> Flags = ["quotes"];

    public static int Run(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, Flags);
        var actorIds = List(arguments.Option("actor"));
        var issueIds = List(arguments.Option("issue"));
        var kinds = List(arguments.Option("kind"));
        var quotes = arguments.Flag("quotes");
        var format = arguments.Choice("format", "table", "table", "json");
        arguments.RejectUnknown();
        var file = SeedCommand.WorldFile(arguments);

        var world = WorldFileReader.LoadDraft(file).World;
        var selected = Select(world, actorIds, issueIds, kinds);
        if (format == "json")
        {
            output.WriteLine(WorldJsonWriter.Write(selected));
        }
        else
        {
            WorldTableWriter.Write(output, selected, details: actorIds.Count > 0 || issueIds.Count > 0, quotes);
        }

        return ExitCodes.Success;
    }

    /// <summary>The part of <paramref name="world"/> the filters keep; an empty filter keeps everything.</summary>
    internal static SeedWorld Select(SeedWorld world, IReadOnlyList<string> actorIds, IReadOnlyList<string> issueIds, IReadOnlyList<string> kindWords)
    {
        CheckKnown("actor", actorIds, world.Actors.Select(a => a.Id).ToList());
        CheckKnown("issue", issueIds, world.Issues.Select(i => i.Id).ToList());
        var kindChoices = YamlNodeReader.WordsOf<ActorKind>();
        CheckKnown("kind", kindWords, kindChoices.Select(k => k.Key).ToList());
        var kinds = kindChoices.Where(k => kindWords.Contains(k.Key)).Select(k => k.Value).ToList();

        var actors = world.Actors
            .Where(a => actorIds.Count == 0 || actorIds.Contains(a.Id))
            .Where(a => kinds.Count == 0 || kinds.Contains(a.Kind))
            .ToList();
        var issues = world.Issues.Where(i => issueIds.Count == 0 || issueIds.Contains(i.Id)).ToList();
        var actorSet = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var issueSet = issues.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return world with
        {
            Actors = actors,
            Issues = issues,
            Stances = world.Stances.Where(s => actorSet.Contains(s.Actor) && issueSet.Contains(s.Issue)).ToList(),
            Ties = world.Ties.Where(t => actorSet.Contains(t.Listener) && actorSet.Contains(t.Speaker)).ToList(),
        };
    }

    private static void CheckKnown(string option, IReadOnlyList<string> given, IReadOnlyList<string> known)
    {
        foreach (var id in given.Where(g => !known.Contains(g, StringComparer.Ordinal)))
        {
            throw new UsageException($"--{option}: unknown {option} '{id}'{EditDistance.DidYouMean(id, known)}; known: {string.Join(", ", known)}");
        }
    }

    private static List<string> List(string? text) =>
        text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
