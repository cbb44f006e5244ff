using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary>What the <c>seed</c> commands that read a world file (<c>seed validate</c>, <c>seed show</c>, <c>seed audit</c>) share.</summary>
public static class SeedCommand
{
    public const string FileHelp = "FILE is a world file; without one, the shipped seeds/*.world.yaml is read.";

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
