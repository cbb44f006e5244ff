using System.Text.RegularExpressions;

namespace Diplomacy.Cli.Tests.Seed;

/// <summary>
/// docs/tutorial-new-article.md, steps 1 to 5, on a copy of docs/tutorial/: the draft, the three
/// hand edits (as its sed lines do them), the review replayed from the answers file, a world that
/// validates, and two scenarios that validate against it.
/// </summary>
public sealed partial class TutorialTests : IDisposable
{
    private const string Article = "2024-03-08-belgrade-pristina-talks.txt";

    private readonly TempFolder _temp = new("diplomacy-tutorial-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_tutorial_leads_from_the_new_article_to_a_valid_world_and_two_valid_scenarios()
    {
        var tutorial = Path.Combine(AppContext.BaseDirectory, "docs", "tutorial");
        var work = _temp.Path;
        File.Copy(Path.Combine(tutorial, Article), Path.Combine(work, Article));
        var world = Path.Combine(work, "2024-03-08-belgrade-pristina-talks.world.yaml");

        var (init, initOutput, initError) = await CliRun.RunAsync("seed", "init", Path.Combine(work, Article));
        Assert.True(init == 0, initError);
        Assert.Contains("a draft of 17 actors (7 states, 4 organisations and groups, 6 people), 7 candidate issues, 13 candidate stances", initOutput, StringComparison.Ordinal);

        File.WriteAllText(world, HandEdits(File.ReadAllText(world)));
        using (var answers = new StreamReader(Path.Combine(tutorial, "belgrade-pristina.answers.txt")))
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            var review = await CommandDispatcher.RunAsync(["seed", "review", world], answers, output, error);
            Assert.True(review == 0, error.ToString());
            Assert.Contains("0 values are still draft", output.ToString(), StringComparison.Ordinal);
        }

        var (validate, validOutput, validError) = await CliRun.RunAsync("seed", "validate", world);
        Assert.True(validate == 0, validError);
        Assert.Contains("valid: 17 actors, 6 issues, 11 stances (5 stated, 5 implied, 1 assumed), 0 ties; all 10 quotes found", validOutput, StringComparison.Ordinal);

        foreach (var scenario in new[] { "eu-plan-first.yaml", "measures-lifted-first.yaml" })
        {
            File.Copy(Path.Combine(tutorial, scenario), Path.Combine(work, scenario));
            var (code, _, error) = await CliRun.RunAsync("validate", Path.Combine(work, scenario));
            Assert.True(code == 0, error);
        }
    }

    /// <summary>Step 2's three sed lines.</summary>
    private static string HandEdits(string text)
    {
        text = OtherIssue().Replace(text, "$1: serb-municipalities");
        text = text.Replace("issue: priorities\n", "issue: sanctions\n", StringComparison.Ordinal);
        text = PrioritiesIssue().Replace(text, string.Empty);
        return SokolovaRole().Replace(text, "$1\n    memberOf: russia");
    }

    [GeneratedRegex("(id|issue): other$", RegexOptions.Multiline)]
    private static partial Regex OtherIssue();

    [GeneratedRegex(@"^.*about: foreign policy\.(.*\n)*?.*high: draft\n", RegexOptions.Multiline)]
    private static partial Regex PrioritiesIssue();

    [GeneratedRegex(@"(id: sokolova(.*\n)*?.*role: draft)")]
    private static partial Regex SokolovaRole();
}
