using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Scenarios.Tests.World;

public sealed class WorldFileReaderErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static IReadOnlyList<InputError> ErrorsOf(string path) =>
        Assert.Throws<InputException>(() => WorldFileReader.Load(path)).Errors;

    [Fact]
    public void A_quote_changed_by_one_character_names_actor_issue_line_and_closest_passage()
    {
        const string Original = "quote: agreeing to launch peace negotiations “immediately.”";
        var path = ShippedSeed.WriteVariant(_temp, Original, "quote: agreeing to launch peace negotiation “immediately.”");

        var error = Assert.Single(ErrorsOf(path));

        Assert.Equal(path, error.Location.File);
        Assert.Equal(ShippedSeed.LineOf(Original), error.Location.Line);
        Assert.Equal(12, error.Location.Column);
        Assert.Contains("'trump' on 'talks-timing'", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 character differs", error.Message, StringComparison.Ordinal);
        Assert.Contains("[agreeing to launch peace negotiations “immediately.”]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_straight_apostrophe_gets_a_hint_about_curly_ones()
    {
        var path = ShippedSeed.WriteVariant(_temp, "quote: stressed that Ukraine’s voice", "quote: stressed that Ukraine's voice");

        var error = Assert.Single(ErrorsOf(path));

        Assert.Contains("'zelenskyy' on 'ukraine-at-table'", error.Message, StringComparison.Ordinal);
        Assert.Contains("curly quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_located_with_a_suggestion()
    {
        var path = ShippedSeed.WriteVariant(_temp, "    salience: 0.9\n    resolve: 0.8\n", "    salince: 0.9\n    resolve: 0.8\n");

        var errors = ErrorsOf(path);

        Assert.Contains(errors, e => e.Message.Contains("unknown key 'salince'", StringComparison.Ordinal) && e.Message.Contains("did you mean 'salience'?", StringComparison.Ordinal) && e.Location.Column == 5);
        Assert.Contains(errors, e => e.Message.Contains("missing 'salience'", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_actor_id_points_at_the_second_and_names_the_first()
    {
        var path = ShippedSeed.WriteVariant(_temp, "  - id: rubio\n", "  - id: vance\n");

        var errors = ErrorsOf(path);

        var duplicate = Assert.Single(errors, e => e.Message.Contains("duplicate actor id 'vance'", StringComparison.Ordinal));
        Assert.Equal(ShippedSeed.LineOf("  - id: rubio\n"), duplicate.Location.Line);
        Assert.Contains($"first given at line {ShippedSeed.LineOf("  - id: vance\n")}", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_references_are_located_and_suggest_the_near_miss()
    {
        var path = ShippedSeed.WriteVariant(_temp, "  - actor: trump\n    issue: talks-timing\n", "  - actor: trmup\n    issue: talk-timing\n");

        var errors = ErrorsOf(path);

        Assert.Contains(errors, e => e.Message == "unknown actor 'trmup' in 'actor' (did you mean 'trump'?)");
        Assert.Contains(errors, e => e.Message == "unknown issue 'talk-timing' in 'issue' (did you mean 'talks-timing'?)");
    }

    [Fact]
    public void Unknown_member_of_and_tie_ends_are_reported()
    {
        var text = ShippedSeed.WorldText
            .Replace("memberOf: democratic-initiatives-foundation", "memberOf: democratic-initiative-foundation", StringComparison.Ordinal)
            .Replace("{listener: hegseth, speaker: trump,", "{listener: hegseth, speaker: trumpp,", StringComparison.Ordinal);

        var errors = ErrorsOf(ShippedSeed.WriteWorld(_temp, text));

        Assert.Contains(errors, e => e.Message.StartsWith("unknown actor 'democratic-initiative-foundation' in 'memberOf'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("unknown actor 'trumpp' in 'speaker'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("position: 100\n    salience: 0.9", "position: 101\n    salience: 0.9", "'position' of stance 'trump' on 'talks-timing' must be between 0 and 100; got 101")]
    [InlineData("position: 100\n    salience: 0.9", "position: 100\n    salience: 1.5", "'salience' of stance 'trump' on 'talks-timing' must be between 0 and 1; got 1.5")]
    [InlineData("capability: 28\n    susceptibility: 0.25", "capability: -1\n    susceptibility: 0.25", "'capability' of actor 'ukraine' must be of at least 0; got -1")]
    [InlineData("capability: 28\n    susceptibility: 0.25", "capability: 28\n    susceptibility: 2", "'susceptibility' of actor 'ukraine' must be between 0 and 1; got 2")]
    [InlineData("confidence: stated\n    quote: agreeing", "confidence: sated\n    quote: agreeing", "'confidence' of stance 'trump' on 'talks-timing' must be one of 'stated', 'implied', 'assumed' or 'draft'; got 'sated' (did you mean 'stated'?)")]
    [InlineData("kind: state\n    role: Broker", "kind: country\n    role: Broker", "'kind' of actor 'united-states' must be one of 'state', 'organisation', 'leader' or 'analyst'; got 'country'")]
    public void Out_of_range_and_misspelt_values_are_located(string find, string replace, string message)
    {
        var path = ShippedSeed.WriteVariant(_temp, find, replace);

        var error = Assert.Single(ErrorsOf(path));

        Assert.Equal(message, error.Message);
        var firstChange = find.Zip(replace).TakeWhile(p => p.First == p.Second).Count();
        Assert.Equal(ShippedSeed.LineOf(find) + find[..firstChange].Count(c => c == '\n'), error.Location.Line);
    }

    [Fact]
    public void Assumed_stance_needs_an_assumption_and_no_quote()
    {
        const string Find = "    confidence: assumed\n    assumption: Every concession made before the table is one Moscow need not pay for.\n";
        var path = ShippedSeed.WriteVariant(_temp, Find, "    confidence: assumed\n    quote: Putin\n");

        var messages = ErrorsOf(path).Select(e => e.Message).ToList();

        Assert.Contains(messages, m => m.Contains("'putin' on 'early-concessions' is 'assumed', so it needs an 'assumption'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'putin' on 'early-concessions' is 'assumed' but has a quote", StringComparison.Ordinal));
    }

    [Fact]
    public void Stated_stance_needs_a_quote()
    {
        var path = ShippedSeed.WriteVariant(_temp, "    confidence: stated\n    quote: agreeing to launch peace negotiations “immediately.”\n", "    confidence: stated\n");

        var error = Assert.Single(ErrorsOf(path));

        Assert.Contains("'trump' on 'talks-timing' is 'stated', so it needs a 'quote'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Position_outside_its_own_red_line_is_reported()
    {
        var path = ShippedSeed.WriteVariant(_temp, "    position: 0\n    salience: 0.7\n    resolve: 0.9\n    confidence: stated\n    quote: He also ruled out", "    position: 50\n    salience: 0.7\n    resolve: 0.9\n    confidence: stated\n    quote: He also ruled out");

        var error = Assert.Single(ErrorsOf(path));

        Assert.Equal("the position of 'hegseth' on 'nato-membership' (50) lies outside its own red line [0, 10]", error.Message);
    }

    [Fact]
    public void Missing_article_is_located_at_the_article_key()
    {
        var path = ShippedSeed.WriteWorld(_temp, ShippedSeed.WorldText, withArticle: false);

        var error = Assert.Single(ErrorsOf(path));

        Assert.Equal(ShippedSeed.LineOf("article: "), error.Location.Line);
        Assert.Equal(10, error.Location.Column);
        Assert.Contains("cannot read the article '2025-02-13-us-russia-ukraine-peace-talks.txt'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_is_located_without_a_stack_trace()
    {
        var path = ShippedSeed.WriteVariant(_temp, "  - {listener: vance, speaker: trump, weight: 0.8,", "  - {listener: vance, speaker: trump, weight: [0.8,");

        var error = Assert.Single(ErrorsOf(path));

        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Location.Line, ShippedSeed.LineOf("  - {listener: vance,"), ShippedSeed.LineOf("  - {listener: vance,") + 1);
    }

    [Fact]
    public void All_errors_are_reported_at_once()
    {
        var text = ShippedSeed.WorldText
            .Replace("position: 95\n    salience: 0.8\n    resolve: 0.7\n    confidence: implied\n    quote: Trump’s announcement", "position: 195\n    salience: 0.8\n    resolve: 0.7\n    confidence: implied\n    quote: Trump’s announcement", StringComparison.Ordinal)
            .Replace("  - id: china\n", "  - id: China\n", StringComparison.Ordinal)
            .Replace("    title: Who leads European security\n", "    titel: Who leads European security\n", StringComparison.Ordinal);

        var errors = ErrorsOf(ShippedSeed.WriteWorld(_temp, text));

        Assert.True(errors.Count >= 3, string.Join(Environment.NewLine, errors));
        Assert.Equal(errors.OrderBy(e => e.Location.Line).Select(e => e.Location.Line).Distinct().Count(), errors.Select(e => e.Location.Line).Distinct().Count());
    }

    [Fact]
    public void Closest_passage_finds_the_best_window()
    {
        var passage = ArticlePassage.Closest("the quick brown fox jumps", "quikc brown");

        Assert.Equal("quick brown", passage.Text);
        Assert.Equal(4, passage.Start);
        Assert.Equal(2, passage.Distance);
    }

    [Theory]
    [InlineData("jumps", 20, "jumps", 0)]
    [InlineData("jumqs", 20, "jumps", 1)]
    [InlineData("the", 0, "the", 0)]
    public void Closest_passage_reaches_both_ends_of_the_article(string quote, int start, string text, int distance)
    {
        Assert.Equal(new ArticlePassage(start, text, distance), ArticlePassage.Closest("the quick brown fox jumps", quote));
    }
}
