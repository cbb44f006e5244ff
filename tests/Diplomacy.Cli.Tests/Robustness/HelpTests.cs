using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests.Robustness;

/// <summary>Every command explains itself, a typo is answered with the nearest word, and a bug ends in one line.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> CommandNames()
    {
        var names = new TheoryData<string>();
        foreach (var command in CommandDispatcher.Commands)
        {
            names.Add(command.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public async Task Help_COMMAND_and_COMMAND_help_print_the_same_usage_and_options(string name)
    {
        var words = name.Split(' ');

        var (helpExit, help, _) = await CliRun.RunAsync(["help", .. words]);
        var (flagExit, flag, _) = await CliRun.RunAsync([.. words, "--help"]);
        var (shortExit, shortFlag, _) = await CliRun.RunAsync([.. words, "-h"]);

        Assert.Equal((0, 0, 0), (helpExit, flagExit, shortExit));
        Assert.Equal(help, flag);
        Assert.Equal(help, shortFlag);
        Assert.StartsWith($"Usage: diplomacy {name}", help, StringComparison.Ordinal);
        Assert.Contains("Options:", help, StringComparison.Ordinal);
        Assert.Contains("--verbose", help, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", help, StringComparison.Ordinal);
        Assert.Contains($"  diplomacy {name}", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_lists_every_command_with_its_summary()
    {
        var (exit, output, _) = await CliRun.RunAsync("help");

        Assert.Equal(0, exit);
        foreach (var command in CommandDispatcher.Commands)
        {
            Assert.Contains($"  {command.Name} ", output, StringComparison.Ordinal);
            Assert.Contains(command.Summary, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("unknown command 'rn' (did you mean 'run'?)", "rn")]
    [InlineData("unknown command 'forcast' (did you mean 'forecast'?)", "help", "forcast")]
    [InlineData("unknown seed command 'shw' (did you mean 'show'?); expected 'init', 'review', 'validate', 'show' or 'audit'", "seed", "shw")]
    [InlineData("missing seed command; expected 'init', 'review', 'validate', 'show' or 'audit'", "seed")]
    [InlineData("unknown option '--sed' (did you mean '--seed'?)", "run", "SCENARIO", "--sed", "3")]
    [InlineData("unknown option '-seed' (did you mean '--seed'?)", "run", "SCENARIO", "-seed")]
    [InlineData("unknown option '--modle' (did you mean '--model'?)", "forecast", "data.csv", "--modle", "bdm")]
    public async Task A_typo_is_answered_with_the_nearest_command_or_option(string expected, params string[] args)
    {
        var resolved = args.Select(a => a == "SCENARIO" ? CliRun.ShippedScenario("talks-as-announced.yaml") : a).ToArray();

        var (exit, output, error) = await CliRun.RunAsync(resolved);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"diplomacy: {expected}", error, StringComparison.Ordinal);
        Assert.Contains("Run 'diplomacy help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_internal_failure_prints_one_line_naming_a_log_file_that_holds_the_details()
    {
        using var error = new StringWriter();

        var exit = await CommandDispatcher.RunAsync(["seed", "validate"], new BrokenWriter(), error);

        Assert.Equal(ExitCodes.Failure, exit);
        var line = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("diplomacy: internal error: InvalidOperationException: the screen is gone (details in ", line, StringComparison.Ordinal);
        var log = line[(line.IndexOf("details in ", StringComparison.Ordinal) + 11)..line.IndexOf(';', StringComparison.Ordinal)];
        try
        {
            Assert.Contains("   at ", File.ReadAllText(log), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public async Task With_verbose_an_internal_failure_prints_its_details_on_the_screen()
    {
        using var error = new StringWriter();

        var exit = await CommandDispatcher.RunAsync(["seed", "validate", "--verbose"], new BrokenWriter(), error);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.StartsWith("diplomacy: internal error: InvalidOperationException: the screen is gone\n", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Standard output that fails as a broken console would, at the first line written.</summary>
    private sealed class BrokenWriter : StringWriter
    {
        public override void WriteLine(string? value) => throw new InvalidOperationException("the screen is gone");
    }
}
