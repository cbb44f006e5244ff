using Diplomacy.Cli.CommandLine;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy seed validate [FILE]</c>: checks a world file against its article. Exit 0 with a
/// one-line summary when valid; otherwise the dispatcher prints every located error and exits 2.
/// </summary>
public static class SeedValidateCommand
{
    public const string Name = "seed validate";

    public const string Summary = "check a world file and every quote in it against its article";

    public const string Help = """
        Usage: diplomacy seed validate [FILE]

        Checks a world file: every key, id, reference and range, and that every quote is an exact
        substring of the article the file names. Prints a one-line summary when the file is valid;
        otherwise every mistake, each at file:line:column, and exits 2. A value still 'draft' (from
        'seed init') is such a mistake: a world is never used with a guess in it.
        """ + "\n" + SeedCommand.FileHelp + """


        Options:
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy seed validate seeds/2025-02-13-us-russia-ukraine-peace-talks.world.yaml
        """;

    public static int Run(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        arguments.RejectUnknown();
        var file = SeedCommand.WorldFile(arguments);

        var loaded = WorldFileReader.Load(file);
        var world = loaded.World;
        int Count(Confidence confidence) => world.Stances.Count(s => s.Confidence == confidence);
        var quotes = world.Stances.Count(s => s.Quote is not null) + world.Stances.Count(s => s.RedLine?.Quote is not null);
        output.WriteLine(
            $"{file}: valid: {world.Actors.Count} actors, {world.Issues.Count} issues, {world.Stances.Count} stances " +
            $"({Count(Confidence.Stated)} stated, {Count(Confidence.Implied)} implied, {Count(Confidence.Assumed)} assumed), " +
            $"{world.Ties.Count} ties; all {quotes} quotes found in {loaded.ArticlePath}");
        return ExitCodes.Success;
    }
}
