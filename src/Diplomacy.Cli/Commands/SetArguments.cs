using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.Parameters;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>--set PATH=VALUE</c>, repeated: parameter values applied to a scenario before it runs, with
/// the paths a sweep file uses (docs/sweep-format.md). This is how one run of a sweep is rerun alone.
/// </summary>
public static class SetArguments
{
    public const string UsageLine = "[--set PATH=VALUE]...";

    public static IReadOnlyList<string> Read(ArgumentReader arguments) => arguments.Repeated("set");

    /// <summary>The scenario with every assignment applied; a wrong path, value or clash is a usage error.</summary>
    public static Scenario Apply(Scenario scenario, IReadOnlyList<string> assignments)
    {
        if (assignments.Count == 0)
        {
            return scenario;
        }

        var settings = new List<ParameterSetting>();
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new UsageException($"option '--set' expects PATH=VALUE (for example actors.russia.capability=20), got '{assignment}'");
            }

            var (path, text) = (assignment[..equals], assignment[(equals + 1)..]);
            var parameter = ParameterPaths.Resolve(scenario, path, out var error)
                ?? throw new UsageException($"option '--set': {error}");
            var value = ParameterValue.Parse(text);
            if (parameter.Check(value) is { } problem)
            {
                throw new UsageException($"option '--set': {path} {problem}");
            }

            settings.Add(new ParameterSetting(parameter, value));
        }

        try
        {
            return new ParameterSet(settings).ApplyTo(scenario);
        }
        catch (ParameterConflictException e)
        {
            throw new UsageException($"option '--set': {e.Message}");
        }
    }
}
