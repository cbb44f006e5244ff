using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// What a SCENARIO argument of <c>run</c>, <c>compare</c> and <c>validate</c> names: a file, as
/// always, or else a scenario shipped with the program, by name (<c>talks-as-announced</c>), so
/// that an installed tool runs them from any folder.
/// </summary>
public static class ScenarioFiles
{
    /// <summary>The file to load for <paramref name="argument"/>, looking among the scenarios beside the executable.</summary>
    public static string Resolve(string argument) => Resolve(argument, ShippedScenarios.BesideExecutable());

    /// <summary>
    /// An existing file wins; then a shipped name; then anything that looks like a path is left to
    /// the loader, which reports it missing at its place as before. A bare name that is neither is
    /// the user's mistake, answered with the nearest shipped name.
    /// </summary>
    public static string Resolve(string argument, ShippedScenarios shipped)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(shipped);
        if (File.Exists(argument) || Directory.Exists(argument))
        {
            return argument;
        }

        if (shipped.FileOf(argument) is { } file)
        {
            return file;
        }

        if (LooksLikePath(argument))
        {
            return argument;
        }

        throw new UsageException($"'{argument}' is neither a scenario file nor the name of a shipped scenario{Nearest(argument, shipped)}");
    }

    private static bool LooksLikePath(string argument) =>
        argument.IndexOfAny(['/', '\\']) >= 0
        || argument.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || argument.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string Nearest(string argument, ShippedScenarios shipped)
    {
        var names = shipped.Names;
        if (names.Count == 0)
        {
            return $"; no shipped scenarios were found in {shipped.Folder}";
        }

        if (EditDistance.Suggest(argument, names) is { } suggestion)
        {
            return $" (did you mean '{suggestion}'?); 'diplomacy scenarios' lists them";
        }

        var nearest = names.MinBy(name => EditDistance.Distance(argument.ToLowerInvariant(), name));
        return $"; the nearest shipped name is '{nearest}', and 'diplomacy scenarios' lists all {names.Count}";
    }
}
