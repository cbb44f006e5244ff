using System.Globalization;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Drafting;
using Diplomacy.Drafting.Text;
using Diplomacy.Drafting.Writing;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy seed init ARTICLE.txt [--out WORLD.yaml] [--date YYYY-MM-DD] [--title TEXT] [--force]</c>:
/// drafts a world file from an article (offline rules and gazetteers, see Diplomacy.Drafting).
/// The file appears complete or not at all, and an existing one is kept unless --force.
/// </summary>
public static class SeedInitCommand
{
    public const string Name = "seed init";

    public const string Summary = "draft a world file from a news article (every number left 'draft')";

    public const string Help = """
        Usage: diplomacy seed init ARTICLE.txt [--out WORLD.yaml] [--date YYYY-MM-DD] [--title TEXT] [--force]

        Drafts a world file from ARTICLE.txt (UTF-8 text, at most 4 MiB), offline, with rules and
        word lists: the actors it names (states, organisations, groups, titled people), candidate
        issues, and candidate stances, each with an exact quote of the article and any other quotes
        of the same actor on the same issue. Every value the article cannot give (positions,
        salience, resolve, confidence, capability, ...) is left as 'draft' for 'seed review' to
        decide. The file is written whole or not at all.

        Options:
          --out WORLD.yaml         the world file to write (default ARTICLE.world.yaml beside the article);
                                   its name must end in .world.yaml and its folder must exist
          --date YYYY-MM-DD        the article's date (default: the date the file name starts with, if any;
                                   otherwise the file has none)
          --title TEXT             the article's title, one line (default: none)
          --force                  overwrite WORLD.yaml if it exists
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy seed init mywork/2024-03-08-belgrade-pristina-talks.txt
          diplomacy seed review mywork/2024-03-08-belgrade-pristina-talks.world.yaml
        """;

    private static readonly HashSet<string> Flags = ["force"];

    public static int Run(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, Flags);
        var outOption = arguments.Option("out");
        var date = arguments.Option("date");
        var title = arguments.Option("title");
        var force = arguments.Flag("force");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(1);
        var articlePath = arguments.Positional(0, "ARTICLE (the article as a UTF-8 text file)");
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw new UsageException($"option '--date' expects a date as YYYY-MM-DD, got '{date}'");
        }

        if (title is not null && (string.IsNullOrWhiteSpace(title) || title.Contains('\n', StringComparison.Ordinal)))
        {
            throw new UsageException("option '--title' expects one line of text");
        }

        var outPath = outOption ?? DefaultOut(articlePath);
        if (!outPath.EndsWith(WorldFileReader.FileSuffix, StringComparison.Ordinal))
        {
            throw new UsageException($"option '--out' must name a world file ending in {WorldFileReader.FileSuffix}, got '{outPath}'");
        }

        if (Directory.Exists(outPath))
        {
            throw new InputException(new InputError(new SourceLocation(outPath, 1, 1), "this is a directory; '--out' names the world file to write"));
        }

        if (File.Exists(outPath) && !force)
        {
            throw new InputException(new InputError(new SourceLocation(outPath, 1, 1), "the file exists; pass --force to overwrite it"));
        }

        var text = ArticleFile.Read(articlePath);
        var articleName = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(outPath))!, Path.GetFullPath(articlePath)).Replace('\\', '/');
        var draft = WorldDrafter.Draft(text, articleName, title, date ?? DateFromName(articlePath));
        if (draft.Actors.Count == 0)
        {
            throw new InputException(new InputError(
                new SourceLocation(articlePath, 1, 1),
                "no actor recognised: the article names no state, organisation, group or titled person the gazetteers know; is it a news article in English?"));
        }

        WriteAtomically(outPath, DraftWorldWriter.Write(draft));
        PrintSummary(output, outPath, draft);
        return ExitCodes.Success;
    }

    /// <summary>ARTICLE.txt → ARTICLE.world.yaml beside it.</summary>
    internal static string DefaultOut(string articlePath)
    {
        var folder = Path.GetDirectoryName(articlePath) ?? string.Empty;
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(articlePath) + WorldFileReader.FileSuffix);
    }

    /// <summary>The date a file name starts with ("2025-02-13-peace-talks.txt"), as the shipped seeds are named.</summary>
    private static string? DateFromName(string articlePath)
    {
        var name = Path.GetFileName(articlePath);
        return name.Length >= 10 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? name[..10]
            : null;
    }

    private static void WriteAtomically(string path, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"option '--out': the folder '{folder}' does not exist");
        }

        var staging = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(staging, text);
            File.Move(staging, path, overwrite: true);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    private static void PrintSummary(TextWriter output, string outPath, DraftWorld draft)
    {
        int Count(params ActorKind[] kinds) => draft.Actors.Count(a => kinds.Contains(a.Kind));
        var alternatives = draft.Stances.Sum(s => s.Alternatives.Count);
        var values = (draft.Actors.Count * 3) + draft.Actors.Count(a => a.Role is null) + (draft.Issues.Count * 2) + draft.Issues.Count(i => i.Title is null) + (draft.Stances.Count * 4);
        output.WriteLine($"wrote {outPath}: a draft of {draft.Actors.Count} actors ({Count(ActorKind.State)} states, {Count(ActorKind.Organisation)} organisations and groups, {Count(ActorKind.Leader, ActorKind.Analyst)} people), " +
                         $"{draft.Issues.Count} candidate issues, {draft.Stances.Count} candidate stances (and {alternatives} other quotes to choose from)");
        output.WriteLine($"{values} values are left as 'draft' for you to decide. Next: diplomacy seed review {outPath}");
    }
}
