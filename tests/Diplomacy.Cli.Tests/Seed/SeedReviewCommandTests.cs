using System.Diagnostics;

namespace Diplomacy.Cli.Tests.Seed;

public sealed class SeedReviewCommandTests
{
    // Answers in the order review asks: issues (scale ends), stances, then actors.
    private static readonly string[] FullReview =
    [
        // issue concessions: 0 and 100
        "No concessions before talks", "Concede the main points up front",
        // issue resources
        "No minerals deal", "Minerals for continued aid",
        // stance pistorius on concessions: judged stated, second quote, position, salience, resolve
        "stated", "2", "10", "0.7", "0.7",
        // stance ukraine on resources: wrong, drop it
        "drop",
        // actors: germany, united-states, russia, ukraine (role, capability, susceptibility, assumption), pistorius (no role asked)
        "European power", "12.5", "0.3", "Share of US GDP and military spending",
        "Ally criticised for concessions", "100", "0.15", "Reference of the scale",
        "Party to the war", "11", "0.05", "Share of US GDP and military spending",
        "Party to the war", "3.6", "0.25", "Share of US GDP and military spending",
        "4", "0.4", "A defence minister's share of German weight",
    ];

    [Fact]
    public async Task A_full_review_leaves_a_world_that_validates_with_comments_kept()
    {
        using var folder = await DraftedShortArticleAsync();

        var (code, output, error) = await ReviewAsync(folder.World, FullReview);

        Assert.True(code == 0, error + output);
        Assert.Contains("0 values are still draft", output, StringComparison.Ordinal);
        var text = File.ReadAllText(folder.World);
        Assert.StartsWith("# Draft world drawn from article.txt", text, StringComparison.Ordinal);
        Assert.Contains("  # ---- People ----\n", text, StringComparison.Ordinal);
        Assert.Contains("    confidence: stated\n    quote: calling it “regrettable”\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("# or:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("actor: ukraine", text, StringComparison.Ordinal);
        Assert.Contains("    capability: 12.5\n", text, StringComparison.Ordinal);

        var (validate, valid, invalid) = await CliRun.RunAsync("seed", "validate", folder.World);
        Assert.True(validate == 0, invalid);
        Assert.Contains("valid: 5 actors, 2 issues, 1 stances (1 stated, 0 implied, 0 assumed)", valid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assumed_stance_loses_its_quote_and_gains_the_assumption()
    {
        using var folder = await DraftedShortArticleAsync();
        string[] answers = ["", "", "assumed", "20", "0.5", "0.4", "Berlin: \"no\" # cautious", "quit"];

        var (code, _, error) = await ReviewAsync(folder.World, answers);

        Assert.Equal(0, code);
        Assert.Empty(error);
        var text = File.ReadAllText(folder.World);
        Assert.Contains("    confidence: assumed\n    assumption: \"Berlin: \\\"no\\\" # cautious\"\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("quote: German Defense Minister", text, StringComparison.Ordinal);
        Assert.Contains("low: draft", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_answer_is_asked_again_and_input_that_ends_keeps_what_was_decided()
    {
        using var folder = await DraftedShortArticleAsync();
        string[] answers = ["Low end", "High end", "", "maybe", "stated", "7", "1", "150", "10"];

        var (code, output, _) = await ReviewAsync(folder.World, answers);

        Assert.Equal(0, code);
        Assert.Contains("one of: stated, implied, assumed, drop", output, StringComparison.Ordinal);
        Assert.Contains("a number from 1 to 2", output, StringComparison.Ordinal);
        Assert.Contains("a number from 0 to 100", output, StringComparison.Ordinal);
        Assert.Contains("The input ended; what was decided is saved.", output, StringComparison.Ordinal);
        var text = File.ReadAllText(folder.World);
        Assert.Contains("    low: Low end\n    high: High end\n", text, StringComparison.Ordinal);
        Assert.Contains("    position: draft\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_interactive_lists_what_is_left_without_asking()
    {
        using var folder = await DraftedShortArticleAsync();
        var before = File.ReadAllText(folder.World);

        var (code, output, _) = await CliRun.RunAsync("seed", "review", folder.World, "--non-interactive");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(before.Split('\n').Count(l => l.EndsWith(": draft", StringComparison.Ordinal)), lines.Length - 1);
        Assert.Contains("values still draft, in 2 issues, 2 stances and 5 actors (2 stances not yet judged)", lines[^1], StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(folder.World));
    }

    [Fact]
    public async Task A_world_with_mistakes_is_refused_before_any_question()
    {
        using var folder = await DraftedShortArticleAsync();
        File.WriteAllText(folder.World, File.ReadAllText(folder.World).Replace("issue: concessions", "issue: concesions", StringComparison.Ordinal));

        var (code, _, error) = await ReviewAsync(folder.World, ["x"]);

        Assert.Equal(2, code);
        Assert.Contains("unknown issue 'concesions' in 'issue' (did you mean 'concessions'?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_piped_into_the_real_command_are_taken_line_by_line()
    {
        using var folder = await DraftedShortArticleAsync();
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "diplomacy.dll"), "seed", "review", folder.World })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync("Nothing conceded\nEverything conceded\nquit\n");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(process.ExitCode == 0, output + await process.StandardError.ReadToEndAsync());
        Assert.Contains("What position 0 means", output, StringComparison.Ordinal);
        Assert.Contains("    low: Nothing conceded\n    high: Everything conceded\n", File.ReadAllText(folder.World), StringComparison.Ordinal);
    }

    private static async Task<ArticleFolder> DraftedShortArticleAsync()
    {
        var folder = ArticleFolder.WithText(ArticleFolder.ShortArticle);
        var (code, _, error) = await CliRun.RunAsync("seed", "init", folder.Article);
        Assert.True(code == 0, error);
        return folder;
    }

    private static async Task<(int Exit, string Output, string Error)> ReviewAsync(string world, IEnumerable<string> answers)
    {
        using var input = new StringReader(string.Join('\n', answers) + "\n");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(["seed", "review", world], input, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
