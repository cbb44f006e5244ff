using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy seed audit [FILE] [--out FILE]</c>: every stance with its quote or assumption and a
/// check that the quote speaks of its issue, as Markdown, for a quick review of a world file.
/// </summary>
public static class SeedAuditCommand
{
    public const string Name = "seed audit";

    public const string Summary = "every stance with its quote or assumption, as Markdown for review";

    public const string Help = """
        Usage: diplomacy seed audit [FILE] [--out FILE]

        Prints, as Markdown, every stance of the world with its quote or assumption, and a check that
        each quote speaks of its issue (docs/seed-audit.md is this output for the shipped world).
        """ + "\n" + SeedCommand.FileHelp + """


        Options:
          --out FILE               write the Markdown to FILE (replacing it, whole or not at all)
                                   instead of printing it
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy seed audit --out docs/seed-audit.md
        """;

    public static int Run(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var outFile = arguments.Option("out");
        arguments.RejectUnknown();
        var file = SeedCommand.WorldFile(arguments);

        var audit = SeedAudit.Render(WorldFileReader.Load(file));
        if (outFile is null)
        {
            output.Write(audit);
            return ExitCodes.Success;
        }

        // Written beside the target and renamed over it, so a reader never sees half a file.
        var full = Path.GetFullPath(outFile);
        if (Directory.Exists(full))
        {
            throw new UsageException($"--out: {outFile} is a directory; give a file name");
        }

        var staged = $"{full}.tmp-{Environment.ProcessId}";
        File.WriteAllText(staged, audit);
        File.Move(staged, full, overwrite: true);
        output.WriteLine($"{file}: audit written to {outFile}");
        return ExitCodes.Success;
    }
}
