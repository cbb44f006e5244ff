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

    public const string Name = "synth";

    public const string Summary = "write a made-up world, its article and a scenario, for scale tests and teaching";

    public const string Help = """
        Usage: diplomacy synth --actors N --issues K [options]

        Writes a synthetic world of N actors (states, their leaders, a few organisations) and K issues,
        its synthetic article and a scenario that plays it (docs/synthetic-worlds.md): names from
        Bogus, every number from the seed, so the same options give the same bytes. The three files
        pass 'diplomacy validate'; everything in them is invented, and they say so. Writes
        synthetic.world.yaml, synthetic-article.txt, synthetic.yaml and manifest.json to DIR.

        Options:
          --actors N               actors in all, 2-2000 (required)
          --issues K               issues, 1-50 (required)
          --leaders-per-state M    leaders of each state, 0-10 (default 1)
          --seed S                 the seed, 0-2147483647 (default 0)
          --out DIR                the output folder (default runs/synthetic-N-K-S); it must not exist, be
                                   empty, or hold an earlier output of diplomacy, which is replaced
        """ + "\n" + ScenarioArguments.ForceHelp + """

          --quiet                  print only the output folder
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy synth --actors 100 --issues 4 --seed 1 --out runs/synthetic-100
        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, ScenarioArguments.Flags);
        var actors = arguments.IntOption("actors", minimum: 2, maximum: SynthesisOptions.MaxActors) ?? throw new UsageException($"'synth' needs '--actors N' (2 to {SynthesisOptions.MaxActors})");
        var issues = arguments.IntOption("issues", minimum: 1, maximum: SynthesisOptions.MaxIssues) ?? throw new UsageException($"'synth' needs '--issues K' (1 to {SynthesisOptions.MaxIssues})");
        var leaders = arguments.IntOption("leaders-per-state", minimum: 0, maximum: SynthesisOptions.MaxLeadersPerState) ?? 1;
        var seed = arguments.IntOption("seed", minimum: 0) ?? 0;
        var outDirectory = arguments.Option("out");
        var force = arguments.Flag("force");
        var quiet = arguments.Flag("quiet");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(0);

        var clock = Stopwatch.StartNew();
        var options = new SynthesisOptions(actors, issues, leaders, seed);
        var folder = outDirectory ?? Path.Combine("runs", string.Create(CultureInfo.InvariantCulture, $"synthetic-{actors}-{issues}-{seed}"));
        OutputFolder.Check(folder, force);
        var (world, article) = SyntheticWorld.Generate(options, ArticleFile);
        using (var staging = StagingFolder.Create(folder))
        {
            var header = "A SYNTHETIC world: every name, quote and number is invented (docs/synthetic-worlds.md).\n" +
                $"Made by diplomacy synth --actors {actors} --issues {issues} --leaders-per-state {leaders} --seed {seed}.";
            await File.WriteAllTextAsync(Path.Combine(staging.Working, ArticleFile), article, Utf8);
            await File.WriteAllTextAsync(Path.Combine(staging.Working, WorldFile), WorldYaml.Write(world, header), Utf8);
            await File.WriteAllTextAsync(Path.Combine(staging.Working, ScenarioFile), SyntheticScenario.Yaml(world, options, WorldFile), Utf8);
            OutputManifest.Write(staging, Name, "actors", Text(actors), "issues", Text(issues), "leaders-per-state", Text(leaders), "seed", Text(seed));
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

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
