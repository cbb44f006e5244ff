using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary><c>diplomacy seed init|review|validate|show|audit ...</c>: the world file drawn from an article.</summary>
public static class SeedCommand
{
    public static Task<int> RunAsync(string[] args, TextReader input, TextWriter output) =>
        args switch
        {
            ["validate", .. var rest] => Task.FromResult(SeedValidateCommand.Run(rest, output)),
            ["show", .. var rest] => Task.FromResult(SeedShowCommand.Run(rest, output)),
            ["init", .. var rest] => Task.FromResult(SeedInitCommand.Run(rest, output)),
            ["review", .. var rest] => Task.FromResult(SeedReviewCommand.Run(rest, input, output)),
            ["audit", .. var rest] => Task.FromResult(SeedAuditCommand.Run(rest, output)),
            [var other, ..] => throw new UsageException($"unknown seed command '{other}'; expected 'init', 'review', 'validate', 'show' or 'audit'"),
            [] => throw new UsageException("missing seed command; expected 'init', 'review', 'validate', 'show' or 'audit'"),
        };

    /// <summary>The FILE argument, or the shipped world file when none is given.</summary>
    internal static string WorldFile(ArgumentReader arguments)
    {
        arguments.ExpectPositionals(1);
        if (arguments.Positionals.Count == 1)
        {
            return arguments.Positionals[0];
        }

        return WorldFileLocator.FindDefault(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? throw new UsageException($"no FILE given, and no {WorldFileLocator.SeedsFolder}/{WorldFileLocator.DefaultFileName} in or above the current directory nor beside the executable");
    }
}
