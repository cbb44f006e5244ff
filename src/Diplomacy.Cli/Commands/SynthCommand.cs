using System.Diagnostics;
using System.Globalization;
using System.Text;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Experiments.Synthesis;
using Diplomacy.Runtime.Output;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy synth --actors N --issues K [--leaders-per-state M] [--seed S] [--out DIR] [--quiet]</c>:
/// writes a made-up world (names from Bogus, numbers from the seed), its synthetic article and a
/// scenario that plays it, for scale tests and teaching. The three files pass <c>diplomacy validate</c>.
/// </summary>
public static class SynthCommand
{
    public const string WorldFile = "synthetic.world.yaml";
    public const string ArticleFile = "synthetic-article.txt";
    public const string ScenarioFile = "synthetic.yaml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>(StringComparer.Ordinal) { "quiet" });
        var actors = arguments.IntOption("actors", minimum: 2) ?? throw new UsageException("'synth' needs '--actors N' (at least 2)");
        var issues = arguments.IntOption("issues", minimum: 1) ?? throw new UsageException("'synth' needs '--issues K' (at least 1)");
        var leaders = arguments.IntOption("leaders-per-state", minimum: 0) ?? 1;
        var seed = arguments.IntOption("seed", minimum: 0) ?? 0;
        var outDirectory = arguments.Option("out");
        var quiet = arguments.Flag("quiet");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);
        Limit("actors", actors, SynthesisOptions.MaxActors);
        Limit("issues", issues, SynthesisOptions.MaxIssues);
        Limit("leaders-per-state", leaders, SynthesisOptions.MaxLeadersPerState);

        var clock = Stopwatch.StartNew();
        var options = new SynthesisOptions(actors, issues, leaders, seed);
        var folder = outDirectory ?? Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"synthetic-{actors}-{issues}-{seed}"));
        var (world, article) = SyntheticWorld.Generate(options, ArticleFile);
        using (var staging = StagingFolder.Create(folder))
        {
            var header = "A SYNTHETIC world: every name, quote and number is invented (docs/synthetic-worlds.md).\n" +
                $"Made by diplomacy synth --actors {actors} --issues {issues} --leaders-per-state {leaders} --seed {seed}.";
            await File.WriteAllTextAsync(Path.Combine(staging.Working, ArticleFile), article, Utf8);
            await File.WriteAllTextAsync(Path.Combine(staging.Working, WorldFile), WorldYaml.Write(world, header), Utf8);
            await File.WriteAllTextAsync(Path.Combine(staging.Working, ScenarioFile), SyntheticScenario.Yaml(world, options, WorldFile), Utf8);
            staging.Publish();
        }

        if (quiet)
        {
            await output.WriteLineAsync(folder);
            return ExitCodes.Success;
        }

        var counts = world.Actors.GroupBy(a => a.Kind).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}s");
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Synthetic world in {folder} ({clock.Elapsed.TotalSeconds:0.00} s): {string.Join(", ", counts)}; {world.Issues.Count} issues, {world.Stances.Count} stances, {world.Ties.Count} ties."));
        await output.WriteLineAsync($"  {Path.Combine(folder, WorldFile)}, {ArticleFile} (its synthetic article), {ScenarioFile} (a scenario that plays it)");
        await output.WriteLineAsync($"Check it: diplomacy validate {Path.Combine(folder, ScenarioFile)}");
        return ExitCodes.Success;
    }

    private static void Limit(string option, int value, int maximum)
    {
        if (value > maximum)
        {
            throw new UsageException($"option '--{option}' must be at most {maximum}, got {value}");
        }
    }
}
