using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Review;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy seed review WORLD.yaml [--non-interactive]</c>: walks the values a draft world
/// (from <c>seed init</c>) still leaves as <c>draft</c>, asking for each in the terminal and
/// writing the file back in place; <c>--non-interactive</c> only lists what is left. Answers can
/// also be piped in, one per line.
/// </summary>
public static class SeedReviewCommand
{
    public const string Name = "seed review";

    public const string Summary = "decide a draft world's values in the terminal; --non-interactive lists them";

    public const string Help = """
        Usage: diplomacy seed review WORLD.yaml [--non-interactive]

        Walks the values WORLD.yaml still leaves as 'draft' (from 'seed init'): first each issue's
        scale, then each stance (stated, implied, assumed or drop; which quote; position, salience,
        resolve), then each actor (role, capability, susceptibility, assumption). Every answer is
        written back into the file in place, item by item, keeping comments and order, so you can
        stop at any point ('quit', or Ctrl+C) and run it again later. An empty answer skips an item;
        a wrong one is asked again. Answers can also be piped in, one per line ('#' lines skipped).

        Options:
          --non-interactive        only list the values still draft, each at file:line:column (exit 0)
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy seed review mywork/article.world.yaml < answers.txt
        """;

    private static readonly HashSet<string> Flags = ["non-interactive"];

    public static int Run(string[] args, TextReader input, TextWriter output)
    {
        var arguments = new ArgumentReader(args, Flags);
        var listOnly = arguments.Flag("non-interactive");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(1);
        var path = arguments.Positional(0, "WORLD.yaml (a world file, for example one drafted by 'diplomacy seed init')");

        var loaded = WorldFileReader.LoadDraft(path);
        if (listOnly)
        {
            List(output, path, loaded);
            return ExitCodes.Success;
        }

        if (loaded.Drafts.Count == 0)
        {
            output.WriteLine($"{path}: nothing left to decide. Next: diplomacy seed validate {path}");
            return ExitCodes.Success;
        }

        new DraftReviewSession(ReviewConsole.Create(input, output), path).Run();
        return ExitCodes.Success;
    }

    private static void List(TextWriter output, string path, LoadedWorld loaded)
    {
        foreach (var draft in loaded.Drafts)
        {
            output.WriteLine($"{draft.Location}: {draft.Message}");
        }

        var world = loaded.World;
        int Count<T>(IEnumerable<T> items, Func<T, IReadOnlyList<string>> undecided) => items.Count(i => undecided(i).Count > 0);
        output.WriteLine(loaded.Drafts.Count == 0
            ? $"{path}: nothing left to decide. Next: diplomacy seed validate {path}"
            : $"{path}: {loaded.Drafts.Count} values still draft, in {Count(world.Issues, i => i.Undecided)} issues, " +
              $"{Count(world.Stances, s => s.Undecided)} stances and {Count(world.Actors, a => a.Undecided)} actors " +
              $"({world.Stances.Count(s => s.Confidence == Confidence.Draft)} stances not yet judged). Next: diplomacy seed review {path}");
    }
}
