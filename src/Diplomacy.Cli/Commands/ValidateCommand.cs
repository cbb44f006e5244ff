using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy validate SCENARIO</c>: reads and checks a scenario and its world without running
/// anything, so a mistake costs a second, not a run. Writes nothing to disk.
/// </summary>
public static class ValidateCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, new HashSet<string>());
        arguments.RejectUnknown();
        arguments.ExpectPositionals(1);
        var path = arguments.Positional(0, "scenario file: diplomacy validate SCENARIO");

        var scenario = ScenarioLoader.Load(ScenarioFiles.Resolve(path));
        await output.WriteLineAsync(ScenarioSummary.Describe(scenario));
        return ExitCodes.Success;
    }
}
