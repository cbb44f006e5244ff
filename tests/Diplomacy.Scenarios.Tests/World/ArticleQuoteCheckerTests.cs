using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Tests.World;

/// <summary>What a user is told when a quote is not in the article, and when the article cannot be read.</summary>
public sealed class ArticleQuoteCheckerTests : IDisposable
{
    private const string Article = "Trump said he had agreed with Putin to begin “immediately.” Zelenskyy’s office said Ukraine must be at the table.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_quote_in_the_article_needs_no_explanation()
    {
        var checker = new ArticleQuoteChecker("a.txt", Article);

        Assert.True(checker.Contains("agreed with Putin"));
        Assert.Null(checker.Explain("agreed with Putin"));
        Assert.Throws<ArgumentNullException>(() => checker.Explain(null!));
    }

    [Fact]
    public void Several_differences_are_counted_in_the_plural_without_a_quote_hint()
    {
        var explanation = new ArticleQuoteChecker("a.txt", Article).Explain("agreed wiht Putin");

        Assert.Equal("closest passage (2 characters differ): [agreed with Putin]", explanation);
    }

    [Fact]
    public void Straight_quotes_for_curly_ones_get_the_hint()
    {
        var explanation = new ArticleQuoteChecker("a.txt", Article).Explain("begin \"immediately.\" Zelenskyy's office");

        Assert.Equal(
            "closest passage (3 characters differ): [begin “immediately.” Zelenskyy’s office] (the article uses curly quotes “ ” and apostrophes ’; copy them exactly)",
            explanation);
    }

    [Fact]
    public void A_passage_longer_than_160_characters_is_cut_in_the_middle()
    {
        var article = Digits(200);
        var quote = string.Concat(article.AsSpan(0, 100), "X", article.AsSpan(101));

        var explanation = new ArticleQuoteChecker("a.txt", article).Explain(quote);

        Assert.Equal($"closest passage (1 character differs): [{article[..80]} … {article[^80..]}]", explanation);
    }

    [Fact]
    public void A_passage_of_exactly_160_characters_is_shown_whole()
    {
        var article = Digits(160);
        var quote = string.Concat(article.AsSpan(0, 80), "X", article.AsSpan(81));

        var explanation = new ArticleQuoteChecker("a.txt", article).Explain(quote);

        Assert.Equal($"closest passage (1 character differs): [{article}]", explanation);
    }

    [Fact]
    public void The_article_is_read_beside_the_world_file()
    {
        _temp.Write("article.txt", Article);
        var reader = new YamlNodeReader("w.world.yaml");

        var checker = ArticleQuoteChecker.Open(reader, _temp.Sub("w.world.yaml"), "article.txt", new SourceLocation("w.world.yaml", 1, 10));

        Assert.NotNull(checker);
        Assert.Equal(_temp.Sub("article.txt"), checker.Path);
        Assert.Equal(Article, checker.Text);
        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void A_missing_article_is_reported_at_the_given_place_with_where_it_was_looked_for()
    {
        var reader = new YamlNodeReader("w.world.yaml");
        var at = new SourceLocation("w.world.yaml", 1, 10);

        var checker = ArticleQuoteChecker.Open(reader, _temp.Sub("w.world.yaml"), "absent.txt", at);

        Assert.Null(checker);
        var error = Assert.Single(reader.Errors);
        Assert.Equal(at, error.Location);
        Assert.Equal($"cannot read the article 'absent.txt' (looked for {_temp.Sub("absent.txt")}): no such file; 'article' is relative to the world file", error.Message);
    }

    // Dropping the changed character would leave a seam ("91") the text never has, so the
    // closest passage is the whole text with one substitution.
    private static string Digits(int length) => string.Concat(Enumerable.Range(0, length).Select(i => (char)('0' + (i % 10))));
}
