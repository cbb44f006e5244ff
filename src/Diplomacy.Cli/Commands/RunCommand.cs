using System.Diagnostics;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Hosting;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy run SCENARIO [--seed N] [--rounds N] [--out DIR]</c>: runs a scenario on an
/// embedded silo, prints each round and a final table, and writes trace.jsonl, stances.csv and
/// manifest.json into DIR (default <c>runs/&lt;scenario&gt;-&lt;seed&gt;</c>).
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        var seed = arguments.IntOption("seed", minimum: 0);
        var rounds = arguments.IntOption("rounds", minimum: 1);
        var outDirectory = arguments.Option("out");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(1);
        var file = arguments.Positional(0, "scenario file (for example scenarios/talks-as-announced.yaml)");

        // Read and check the scenario before starting a silo: a mistake in the file costs no start-up.
        var scenario = ScenarioLoader.Load(file, world => WorldFileReader.Load(world).World);
        var options = new RunOptions(seed, rounds);
        var folder = outDirectory ?? ScenarioRunner.DefaultFolder(scenario, options);

        var clock = Stopwatch.StartNew();
        await using var silo = await EmbeddedSilo.StartAsync();
        var siloStart = clock.Elapsed;
        var printer = new RunPrinter(output);
        var result = await new ScenarioRunner(silo.Client).RunToFolderAsync(scenario, options, folder, printer, siloStart);
        await printer.PrintSummaryAsync(result, folder);
        return ExitCodes.Success;
    }
}
