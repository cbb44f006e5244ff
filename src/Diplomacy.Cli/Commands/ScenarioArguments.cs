using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// The command line <c>run</c> and <c>compare</c> share: scenario files or shipped names as positionals,
/// then <c>--seed</c>, <c>--rounds</c>, <c>--out</c>, <c>--force</c>, <c>--set PATH=VALUE</c>
/// (parameter values, as in a sweep), <c>--redis</c> (run on a cluster instead of an embedded silo)
/// and the <see cref="OutputSettings"/> options.
/// The scenarios are read and checked here, before any silo starts, so a mistake costs no start-up.
/// </summary>
public sealed record ScenarioArguments(IReadOnlyList<Scenario> Scenarios, int? Seed, int? Rounds, string? Out, bool Force, RedisCluster? Cluster, OutputSettings Settings)
{
    /// <summary>The options' help, the same ranges as in scenario files (docs/scenario-format.md).</summary>
    public const string SeedAndRoundsHelp = """
          --seed N                 the seed, 0-2147483647 (default: the scenario's 'seed')
          --rounds N               rounds to play, 1-1000 (default: the scenario's 'rounds')
        """;

    public const string ForceHelp = """
          --force                  replace DIR even though files were added to it since diplomacy wrote it
                                   (a folder diplomacy did not write is never replaced)
        """;

    public static IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "quiet", "force" };

    /// <param name="files">What each positional is, for the message when it is missing.</param>
    public static ScenarioArguments Read(string[] args, params string[] files)
    {
        var arguments = new ArgumentReader(args, Flags);
        var seed = arguments.IntOption("seed", minimum: 0);
        var rounds = arguments.IntOption("rounds", minimum: 1, maximum: ScenarioLimits.MaxRounds);
        var outDirectory = arguments.Option("out");
        var force = arguments.Flag("force");
        var assignments = SetArguments.Read(arguments);
        var cluster = ClusterArguments.Read(arguments);
        var settings = OutputSettings.Read(arguments);
        arguments.RejectUnknown();
        arguments.ExpectPositionals(files.Length);
        var paths = files.Select((what, i) => arguments.Positional(i, what)).ToList();
        var scenarios = paths.Select(path => SetArguments.Apply(ScenarioLoader.Load(ScenarioFiles.Resolve(path)), assignments)).ToList();
        return new ScenarioArguments(scenarios, seed, rounds, outDirectory, force, cluster, settings);
    }
}
