using System.Globalization;
using System.Text;
using Diplomacy.Experiments.Sweeps;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// The <c>diplomacy run</c> command that plays one run of a sweep alone and writes the same trace:
/// the scenario, the run's seed, the sweep's uncertainty when it differs from the scenario's, and
/// the run's parameter values. Arguments a shell would change (brackets, spaces) are single-quoted.
/// </summary>
public static class RerunCommand
{
    public static string For(Sweep sweep, SweepIdentity identity, SweepRun run)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(run);
        var command = new StringBuilder("diplomacy run ");
        command.Append(Quote(identity.ScenarioFile)).Append(CultureInfo.InvariantCulture, $" --seed {run.Seed}");
        var settings = sweep.UncertaintySettings.Concat(sweep.Sets[run.Set - 1].Settings.Select(s => $"{s.Parameter.Path}={s.Value.Text}"));
        foreach (var setting in settings)
        {
            command.Append(" --set ").Append(Quote(setting));
        }

        return command.ToString();
    }

    /// <summary>Quoted for a POSIX shell unless made only of characters no shell treats specially.</summary>
    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var plain = argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' or '=' or ':' or ',' or '+' or '-');
        return plain ? argument : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
