using System.Text.Json;
using Diplomacy.Cli;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Tests;

public sealed class SeedCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly string WorldPath =
        WorldFileLocator.FindDefault(AppContext.BaseDirectory, AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("the shipped world file is not beside the tests");

    private static readonly string ArticleText =
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(WorldPath)!, "2025-02-13-us-russia-ukraine-peace-talks.txt"));

    [Fact]
    public async Task Validate_accepts_the_shipped_world()
    {
        var (code, output, error) = await RunAsync("seed", "validate", WorldPath);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("valid: 21 actors, 13 issues", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_a_file_finds_the_shipped_world()
    {
        var (code, output, _) = await RunAsync("seed", "validate");

        Assert.Equal(0, code);
        Assert.Contains(WorldFileLocator.DefaultFileName + ": valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_rejects_a_quote_changed_by_one_character_and_names_the_position()
    {
        var text = File.ReadAllText(WorldPath);
        const string Original = "quote: Ukraine’s aspirations to regain all territory lost since 2014";
        var line = text[..text.IndexOf(Original, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var path = WriteWorld(text.Replace(Original, "quote: Ukraine’s aspirations to regain all territory lost since 2015", StringComparison.Ordinal));

        var (code, output, error) = await RunAsync("seed", "validate", path);

        Assert.Equal(2, code);
        Assert.Empty(output);
        var message = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{path}:{line}:12: error: the quote of 'ukraine' on 'territory' is not in the article", message, StringComparison.Ordinal);
        Assert.Contains("1 character differs", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_a_missing_file_as_invalid_input()
    {
        var (code, _, error) = await RunAsync("seed", "validate", "no-such-world.yaml");

        Assert.Equal(2, code);
        Assert.Equal("no-such-world.yaml:1:1: error: cannot read the file: no such file", error.Trim());
    }

    [Fact]
    public async Task Show_json_has_the_documented_shape_and_only_article_quotes()
    {
        var (code, output, _) = await RunAsync("seed", "show", WorldPath, "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var actors = root.GetProperty("actors").EnumerateArray().ToList();
        var issues = root.GetProperty("issues").EnumerateArray().ToList();
        var positions = root.GetProperty("positions").EnumerateArray().ToList();

        Assert.True(actors.Count >= 15);
        Assert.True(issues.Count >= 9);
        Assert.All(actors, a => AssertHas(a, "id", "name", "kind", "memberOf"));
        Assert.All(actors, a => Assert.Contains(a.GetProperty("kind").GetString(), new[] { "state", "organisation", "leader", "analyst" }));
        Assert.All(issues, i => AssertHas(i, "id", "title", "low", "high"));
        Assert.All(positions, p => AssertHas(p, "actor", "issue", "position", "salience", "confidence", "quote", "assumption"));
        Assert.All(positions, p => Assert.Contains(p.GetProperty("confidence").GetString(), new[] { "stated", "implied", "assumed" }));
        Assert.All(
            positions.Where(p => p.GetProperty("quote").ValueKind != JsonValueKind.Null),
            p => Assert.Contains(p.GetProperty("quote").GetString()!, ArticleText, StringComparison.Ordinal));
        Assert.All(
            positions.Where(p => p.GetProperty("confidence").GetString() == "assumed"),
            p => Assert.Equal(JsonValueKind.Null, p.GetProperty("quote").ValueKind));
        Assert.Equal(["article", "title", "date", "actors", "issues", "positions", "ties"], root.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Show_json_puts_opposed_stances_on_opposite_sides()
    {
        var (_, output, _) = await RunAsync("seed", "show", WorldPath, "--format", "json", "--issue", "nato-membership,europe-at-table");
        using var json = JsonDocument.Parse(output);
        double Position(string actor, string issue) => json.RootElement.GetProperty("positions").EnumerateArray()
            .Single(p => p.GetProperty("actor").GetString() == actor && p.GetProperty("issue").GetString() == issue)
            .GetProperty("position").GetDouble();

        Assert.True(Position("hegseth", "nato-membership") < 50 && Position("zelenskyy", "nato-membership") > 50);
        Assert.True(Position("united-states", "europe-at-table") < 50 && Position("european-signatories", "europe-at-table") > 50);
        Assert.Equal(2, json.RootElement.GetProperty("issues").GetArrayLength());
    }

    [Fact]
    public async Task Show_table_lists_actors_and_issue_scales()
    {
        var (code, output, _) = await RunAsync("seed", "show", WorldPath);

        Assert.Equal(0, code);
        Assert.Contains("hegseth", output, StringComparison.Ordinal);
        Assert.Contains("5 nato-membership: NATO membership for Ukraine", output, StringComparison.Ordinal);
        Assert.DoesNotContain("quote:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_quotes_for_one_actor_and_issue_gives_the_words_behind_the_cell()
    {
        var (code, output, _) = await RunAsync("seed", "show", "--actor", "pistorius", "--issue", "early-concessions", "--quotes");

        Assert.Equal(0, code);
        Assert.Contains("Boris Pistorius (pistorius): leader, German Defence Minister, member of germany", output, StringComparison.Ordinal);
        Assert.Contains("pistorius × early-concessions: 10 stated", output, StringComparison.Ordinal);
        Assert.Contains("quote: criticized the U.S. for making premature concessions to Russia, calling it “regrettable”", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_kind_filter_keeps_only_that_kind()
    {
        var (code, output, _) = await RunAsync("seed", "show", WorldPath, "--kind", "state", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var kinds = json.RootElement.GetProperty("actors").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ToList();
        Assert.Equal(8, kinds.Count);
        Assert.All(kinds, k => Assert.Equal("state", k));
    }

    [Theory]
    [InlineData("--actor", "trmup", "unknown actor 'trmup' (did you mean 'trump'?)")]
    [InlineData("--issue", "teritory", "unknown issue 'teritory' (did you mean 'territory'?)")]
    [InlineData("--kind", "person", "unknown kind 'person'")]
    [InlineData("--format", "xml", "option '--format' expects one of table, json, got 'xml'")]
    [InlineData("--colour", "red", "unknown option '--colour'")]
    public async Task Show_rejects_unknown_filters_with_exit_2(string option, string value, string message)
    {
        var (code, _, error) = await RunAsync("seed", "show", WorldPath, option, value);

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_seed_command_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("seed", "check");

        Assert.Equal(2, code);
        Assert.Contains("unknown seed command 'check'", error, StringComparison.Ordinal);
    }

    private static void AssertHas(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"missing '{name}' in {element}");
        }
    }

    private string WriteWorld(string text)
    {
        _temp.Write("2025-02-13-us-russia-ukraine-peace-talks.txt", ArticleText);
        return _temp.Write("changed.world.yaml", text);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandDispatcher.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
    [Fact]
    public async Task Seed_audit_lists_every_stance_with_its_check_and_writes_the_file_it_is_asked_to()
    {
        var (code, output, _) = await RunAsync("seed", "audit");

        Assert.Equal(0, code);
        Assert.StartsWith("# Seed audit: ", output, StringComparison.Ordinal);
        Assert.Contains("| hegseth | 0 | 0.7 | 0.9 | stated | “He also ruled out NATO membership for Ukraine” (line 7) | yes: nato membership |", output, StringComparison.Ordinal);
        Assert.Contains("| putin | 3 | 1 | 0.95 | assumed | assumed: ", output, StringComparison.Ordinal);

        using var temp = new TempFolder("diplomacy-audit-");
        var folder = temp.Path;
        var file = Path.Combine(folder, "audit.md");
        var (written, message, _) = await RunAsync("seed", "audit", "--out", file);
        Assert.Equal(0, written);
        Assert.Contains("audit written to", message, StringComparison.Ordinal);
        Assert.Equal(output, await File.ReadAllTextAsync(file));
        Assert.Equal([file], Directory.GetFiles(folder));

        var (refused, _, error) = await RunAsync("seed", "audit", "--out", folder);
        Assert.Equal(2, refused);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
    }
}
