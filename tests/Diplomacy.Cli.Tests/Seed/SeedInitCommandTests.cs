using System.Text;

namespace Diplomacy.Cli.Tests.Seed;

public sealed class SeedInitCommandTests
{
    [Fact]
    public async Task Init_writes_a_draft_beside_the_article_that_validate_lists_value_by_value()
    {
        using var folder = ArticleFolder.WithShippedArticle();

        var (code, output, error) = await CliRun.RunAsync("seed", "init", folder.Article);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("a draft of 21 actors", output, StringComparison.Ordinal);
        Assert.Contains("Next: diplomacy seed review", output, StringComparison.Ordinal);
        var text = File.ReadAllText(folder.World);
        Assert.Contains("\narticle: 2025-02-13-us-russia-ukraine-peace-talks.txt\ndate: 2025-02-13\n", text, StringComparison.Ordinal);

        var (validateCode, validateOutput, validateError) = await CliRun.RunAsync("seed", "validate", folder.World);

        Assert.Equal(2, validateCode);
        Assert.Empty(validateOutput);
        var lines = validateError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(text.Split('\n').Count(l => l.EndsWith(": draft", StringComparison.Ordinal)), lines.Length);
        Assert.All(lines, l => Assert.Matches(@"^.+\.world\.yaml:\d+:\d+: error: '(role|capability|susceptibility|assumption|title|low|high|position|salience|resolve|confidence)' of .+ is still a draft", l));
    }

    [Fact]
    public async Task Init_takes_out_title_and_date_and_names_the_article_relative_to_the_world()
    {
        using var folder = ArticleFolder.WithText(ArticleFolder.ShortArticle);
        var outFolder = Directory.CreateDirectory(Path.Combine(folder.Path, "worlds")).FullName;
        var world = Path.Combine(outFolder, "short.world.yaml");

        var (code, _, error) = await CliRun.RunAsync("seed", "init", folder.Article, "--out", world, "--title", "Pistorius: “regrettable”", "--date", "2025-02-14");

        Assert.True(code == 0, error);
        var text = File.ReadAllText(world);
        Assert.Contains("article: ../article.txt\n", text, StringComparison.Ordinal);
        Assert.Contains("title: \"Pistorius: “regrettable”\"\n", text, StringComparison.Ordinal);
        Assert.Contains("date: 2025-02-14\n", text, StringComparison.Ordinal);
        var (showCode, show, _) = await CliRun.RunAsync("seed", "show", world);
        Assert.Equal(0, showCode);
        Assert.Contains("pistorius", show, StringComparison.Ordinal);
        Assert.Contains("?d", show, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_out_file_is_kept_unless_force_is_given()
    {
        using var folder = ArticleFolder.WithText(ArticleFolder.ShortArticle);
        File.WriteAllText(folder.World, "mine");

        var (code, _, error) = await CliRun.RunAsync("seed", "init", folder.Article);

        Assert.Equal(2, code);
        Assert.Equal($"{folder.World}:1:1: error: the file exists; pass --force to overwrite it", error.Trim());
        Assert.Equal("mine", File.ReadAllText(folder.World));

        var (forced, _, _) = await CliRun.RunAsync("seed", "init", folder.Article, "--force");

        Assert.Equal(0, forced);
        Assert.StartsWith("# Draft world", File.ReadAllText(folder.World), StringComparison.Ordinal);
        Assert.Equal(["article.txt", "article.world.yaml"], folder.Files);
    }

    [Theory]
    [InlineData("empty", "the article is empty")]
    [InlineData("binary", "a NUL character (byte 0) in the text; this looks like a binary file")]
    [InlineData("latin1", "invalid UTF-8 (0xE9 at byte")]
    [InlineData("enormous", "an article may be at most 4 MiB (4,194,304 bytes)")]
    [InlineData("no-actor", "no actor recognised")]
    public async Task Bad_articles_get_one_located_line_exit_2_and_nothing_written(string kind, string message)
    {
        var content = kind switch
        {
            "empty" => [],
            "binary" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00],
            "latin1" => Encoding.Latin1.GetBytes("Le ministre a déclaré que la France soutient l'Ukraine."),
            "enormous" => Encoding.UTF8.GetBytes(new string('x', (4 * 1024 * 1024) + 1)),
            _ => Encoding.UTF8.GetBytes("The weather was fine and the market was busy all day."),
        };
        using var folder = new ArticleFolder("article.txt", content);

        var (code, output, error) = await CliRun.RunAsync("seed", "init", folder.Article);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(folder.Article + ":", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Equal(["article.txt"], folder.Files);
    }

    [Theory]
    [InlineData("--date", "13/02/2025", "option '--date' expects a date as YYYY-MM-DD")]
    [InlineData("--out", "draft.yaml", "must name a world file ending in .world.yaml")]
    [InlineData("--colour", "red", "unknown option '--colour'")]
    public async Task Bad_options_are_usage_errors(string option, string value, string message)
    {
        using var folder = ArticleFolder.WithText(ArticleFolder.ShortArticle);

        var (code, _, error) = await CliRun.RunAsync("seed", "init", folder.Article, option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal(["article.txt"], folder.Files);
    }

    [Fact]
    public async Task A_missing_article_is_invalid_input()
    {
        var (code, _, error) = await CliRun.RunAsync("seed", "init", "no-such-article.txt");

        Assert.Equal(2, code);
        Assert.Equal("no-such-article.txt:1:1: error: cannot read the file: no such file", error.Trim());
    }
}
