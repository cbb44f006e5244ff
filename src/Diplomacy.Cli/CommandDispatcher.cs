using Diplomacy.Cli.CommandLine;
using Diplomacy.Cli.Commands;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Output;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Cli;

/// <summary>
/// Picks the command from the first words of the command line, prints help, and turns every way a
/// command can end into one clear line and an exit code: the user's mistakes into located messages
/// and 2, an interruption into 130 or 143, a fault of the environment into 1, and anything else
/// into 1 with the details in a log file (docs/errors.md). Each command lives in its own class
/// under <c>Commands/</c> so that a command loads only the assemblies it needs (forecast never
/// loads Orleans).
/// </summary>
public static class CommandDispatcher
{
    /// <summary>
    /// Every command, in the order the overview lists them. Commands register here, one line each;
    /// help, "did you mean" and a group's list of commands ("seed") all read this table.
    /// </summary>
    public static IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new(SeedInitCommand.Name, SeedInitCommand.Summary, SeedInitCommand.Help, static (a, io) => Task.FromResult(SeedInitCommand.Run(a, io.Out))),
        new(SeedReviewCommand.Name, SeedReviewCommand.Summary, SeedReviewCommand.Help, static (a, io) => Task.FromResult(SeedReviewCommand.Run(a, io.In, io.Out))),
        new(SeedValidateCommand.Name, SeedValidateCommand.Summary, SeedValidateCommand.Help, static (a, io) => Task.FromResult(SeedValidateCommand.Run(a, io.Out))),
        new(SeedShowCommand.Name, SeedShowCommand.Summary, SeedShowCommand.Help, static (a, io) => Task.FromResult(SeedShowCommand.Run(a, io.Out))),
        new(SeedAuditCommand.Name, SeedAuditCommand.Summary, SeedAuditCommand.Help, static (a, io) => Task.FromResult(SeedAuditCommand.Run(a, io.Out))),
        new(ScenariosCommand.Name, ScenariosCommand.Summary, ScenariosCommand.Help, static (a, io) => ScenariosCommand.RunAsync(a, io.Out, io.Error)),
        new(ValidateCommand.Name, ValidateCommand.Summary, ValidateCommand.Help, static (a, io) => ValidateCommand.RunAsync(a, io.Out)),
        new(RunCommand.Name, RunCommand.Summary, RunCommand.Help, static (a, io) => RunCommand.RunAsync(a, io.Out, io.Error)),
        new(CompareCommand.Name, CompareCommand.Summary, CompareCommand.Help, static (a, io) => CompareCommand.RunAsync(a, io.Out, io.Error)),
        new(SweepCommand.Name, SweepCommand.Summary, SweepCommand.Help, static (a, io) => SweepCommand.RunAsync(a, io.Out)),
        new(ScoreCommand.Name, ScoreCommand.Summary, ScoreCommand.Help, static (a, io) => ScoreCommand.RunAsync(a, io.Out)),
        new(SynthCommand.Name, SynthCommand.Summary, SynthCommand.Help, static (a, io) => SynthCommand.RunAsync(a, io.Out)),
        new(ForecastCommand.Name, ForecastCommand.Summary, ForecastCommand.Help, static (a, io) => ForecastCommand.RunAsync(a, io.Out)),
        new(SiloCommand.Name, SiloCommand.Summary, SiloCommand.Help, static (a, io) => SiloCommand.RunAsync(a, io.Out, io.Error)),
        new(HealthCommand.Name, HealthCommand.Summary, HealthCommand.Help, static (a, io) => HealthCommand.RunAsync(a, io.Out, io.Error)),
        new(ServeCommand.Name, ServeCommand.Summary, ServeCommand.Help, static (a, io) => ServeCommand.RunAsync(a, io.Out, io.Error)),
    ];

    /// <summary>Anywhere on the command line: print an internal error's details instead of writing them to a log file.</summary>
    public const string VerboseFlag = "--verbose";

    /// <summary>On its own: print the version and the source commit the program was built from.</summary>
    public const string VersionFlag = "--version";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, Console.In, output, error);

    /// <param name="input">Where interactive commands (seed review) read answers.</param>
    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verbose = TakeVerbose(ref args);
        CommandInfo? command = null;
        try
        {
            if (args is [] or ["help" or "--help" or "-h"])
            {
                await output.WriteLineAsync(Overview());
                return ExitCodes.Success;
            }

            if (args is [VersionFlag])
            {
                await output.WriteLineAsync(ProductVersion.Describe());
                return ExitCodes.Success;
            }

            if (args is ["help" or "--help" or "-h", .. var topic])
            {
                await output.WriteLineAsync(HelpFor(topic));
                return ExitCodes.Success;
            }

            command = Find(args);
            if (command is null)
            {
                // "seed --help" asks for the group's list of commands.
                if (args is [var group, "--help" or "-h", ..] && IsGroup(group))
                {
                    await output.WriteLineAsync(GroupHelp(group));
                    return ExitCodes.Success;
                }

                throw new UsageException(Unknown(args));
            }

            var rest = args[command.Words.Count..];
            if (AsksForHelp(rest))
            {
                await output.WriteLineAsync(command.Help);
                return ExitCodes.Success;
            }

            return await command.RunAsync(rest, new CommandStreams(input, output, error));
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"diplomacy: {e.Message}");
            var topic = command?.Name ?? (args.Length > 0 && IsGroup(args[0]) ? args[0] : null);
            await error.WriteLineAsync($"Run 'diplomacy help{(topic is null ? string.Empty : " " + topic)}' for usage.");
            return ExitCodes.InvalidInput;
        }
        catch (InputException e)
        {
            foreach (var inputError in e.Errors)
            {
                await error.WriteLineAsync(inputError.ToString());
            }

            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is OutputFolderException or ClusterUnavailableException)
        {
            await error.WriteLineAsync($"diplomacy: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (InterruptedException e)
        {
            await error.WriteLineAsync($"diplomacy: {e.Message}; stopped, and no output was written");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The disk, not the program: a full disk, a file system gone read-only, a folder removed under us.
            await error.WriteLineAsync($"diplomacy: cannot read or write a file: {e.Message}; no output was written");
            return ExitCodes.Failure;
        }
        catch (ArgumentOutOfRangeException e) when (e.TargetSite?.DeclaringType?.Namespace == "System.IO")
        {
            // .NET reports EFBIG (a file past the file system's or the process's size limit) this way.
            await error.WriteLineAsync($"diplomacy: cannot read or write a file: a file grew past the size limit ({e.Message.Split(" (Parameter")[0]}); no output was written");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (ClusterFault.Describe(e) is { } fault)
        {
            await error.WriteLineAsync($"diplomacy: {fault}; no output was written");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            return InternalFailure.Report(e, verbose, error);
        }
    }

    /// <summary>The overview: every command with its one-line summary. Loops, not LINQ: `help` is the start-up floor the forecast is measured against.</summary>
    public static string Overview()
    {
        var width = "help COMMAND".Length + 2;
        foreach (var command in Commands)
        {
            width = Math.Max(width, command.Name.Length + 2);
        }

        var lines = new System.Text.StringBuilder();
        foreach (var command in Commands)
        {
            lines.Append("  ").Append(command.Name.PadRight(width)).Append(command.Summary).Append('\n');
        }

        return $"""
            diplomacy: a distributed actor simulation of diplomatic positions.

            Usage: diplomacy COMMAND [ARGUMENTS] [OPTIONS]

            Commands:
            {lines}  {"help COMMAND".PadRight(width)}print a command's usage and options (or: diplomacy COMMAND --help)
              {VersionFlag.PadRight(width)}print the version and the source commit it was built from

            {CommonHelp.ExitCodes}
            """;
    }

    /// <summary>The help for <c>diplomacy help WORDS</c>: a command's, or a group's list of commands.</summary>
    public static string HelpFor(IReadOnlyList<string> topic)
    {
        if (Find(topic) is { } command && topic.Count == command.Words.Count)
        {
            return command.Help;
        }

        if (topic is [var group] && IsGroup(group))
        {
            return GroupHelp(group);
        }

        throw new UsageException(Unknown(topic));
    }

    private static string GroupHelp(string group)
    {
        var members = Commands.Where(c => c.Group == group).ToList();
        var width = members.Max(c => c.Name.Length) + 2;
        return $"""
            Usage: diplomacy {group} COMMAND [ARGUMENTS] [OPTIONS]

            Commands:
            {string.Join("\n", members.Select(c => $"  {c.Name.PadRight(width)}{c.Summary}"))}

            Run 'diplomacy help {group} COMMAND' for a command's options.
            """;
    }

    /// <summary>The command whose words start <paramref name="args"/>, the longest if several do.</summary>
    private static CommandInfo? Find(IReadOnlyList<string> args)
    {
        CommandInfo? found = null;
        foreach (var command in Commands)
        {
            if (command.Matches(args) && (found is null || command.Words.Count > found.Words.Count))
            {
                found = command;
            }
        }

        return found;
    }

    private static bool IsGroup(string word)
    {
        foreach (var command in Commands)
        {
            if (command.Group == word)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why <paramref name="args"/> names no command, with the nearest one that exists.</summary>
    private static string Unknown(IReadOnlyList<string> args)
    {
        if (args.Count > 0 && IsGroup(args[0]))
        {
            var group = args[0];
            var names = Commands.Where(c => c.Group == group).Select(c => c.Words[1]).ToList();
            var expected = $"expected {OneOf(names)}";
            return args.Count == 1 || args[1].StartsWith('-')
                ? $"missing {group} command; {expected}"
                : $"unknown {group} command '{args[1]}'{EditDistance.DidYouMean(args[1], names)}; {expected}";
        }

        var first = args.Count == 0 ? string.Empty : args[0];
        var words = Commands.Select(c => c.Words[0]).Distinct(StringComparer.Ordinal).Append("help").ToList();
        return first.StartsWith('-')
            ? $"unknown option '{first}' before any command; expected a command first: {string.Join(", ", words)} (or {VersionFlag} alone)"
            : $"unknown command '{first}'{EditDistance.DidYouMean(first, words)}; commands: {string.Join(", ", words)}";
    }

    /// <summary>'init', 'review' or 'show'.</summary>
    private static string OneOf(IReadOnlyList<string> names) =>
        names.Count == 1
            ? $"'{names[0]}'"
            : $"{string.Join(", ", names.Take(names.Count - 1).Select(n => $"'{n}'"))} or '{names[^1]}'";

    /// <summary>--help or -h among a command's arguments (before a '--', after which everything is a file name).</summary>
    private static bool AsksForHelp(IEnumerable<string> args)
    {
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                return false;
            }

            if (arg is "--help" or "-h")
            {
                return true;
            }
        }

        return false;
    }

    private static bool TakeVerbose(ref string[] args)
    {
        var end = Array.IndexOf(args, "--");
        var before = end < 0 ? args : args[..end];
        if (Array.IndexOf(before, VerboseFlag) < 0)
        {
            return false;
        }

        args = [.. before.Where(a => a != VerboseFlag), .. end < 0 ? [] : args[end..]];
        return true;
    }
}
