using Diplomacy.Cli.CommandLine;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy validate SCENARIO</c>: reads and checks a scenario and its world without running
/// anything, so a mistake costs a second, not a run. Writes nothing to disk.
/// </summary>
public static class ValidateCommand
{
    public const string Name = "validate";

    public const string Summary = "check a scenario file and its world without running it";

    public const string Help = """
        Usage: diplomacy validate SCENARIO

        Reads and checks SCENARIO (a scenario file, or the name of a shipped one: see 'diplomacy
        scenarios') and the world file it names: every key, id, range and round, and that every
        event says what it rests on (a 'note' on the article or an 'assumption'), with every mistake
        reported at once, each at file:line:column (exit 2). When both are valid, prints what the
        scenario will do. Writes nothing.

        Options:
        """ + "\n" + CommonHelp.Options + "\n\n" + CommonHelp.ExitCodes + """


        Example:
          diplomacy validate scenarios/europe-at-table.yaml
        """;

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
