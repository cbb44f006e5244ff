namespace Diplomacy.Drafting.Tests;

/// <summary>
/// An article the rules were not written for (docs/tutorial/, our own text about EU-mediated
/// Belgrade–Pristina talks, with invented people). What the draft finds and misses is reported in the README; these
/// assertions keep what it finds from slipping.
/// </summary>
public sealed class UnseenArticleTests
{
    private const string ArticleName = "2024-03-08-belgrade-pristina-talks.txt";

    private static readonly string Text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "tutorial", ArticleName));

    private static readonly DraftWorld Draft = WorldDrafter.Draft(Text, ArticleName);

    [Fact]
    public void Finds_the_states_leaders_groups_and_the_analyst()
    {
        string[] expected =
        [
            "serbia", "kosovo", "united-states", "france", "germany", "italy", "russia",
            "european-union", "european-signatories", "united-nations", "adriatic-policy-institute",
            "halvorsen", "ilic", "shala", "sokolova", "berisha", "marchetti",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), Draft.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal("serbia", Draft.Actors.Single(a => a.Id == "ilic").MemberOf);
        Assert.Equal("kosovo", Draft.Actors.Single(a => a.Id == "shala").MemberOf);
        Assert.Equal("adriatic-policy-institute", Draft.Actors.Single(a => a.Id == "berisha").MemberOf);
    }

    [Fact]
    public void Offers_the_quoted_words_to_their_speakers_and_every_quote_is_exact()
    {
        var offered = Draft.OfferedQuotes.ToList();

        Assert.All(offered, q => Assert.Contains(q.Quote, Text, StringComparison.Ordinal));
        Assert.Contains(offered, q => q.Actor == "ilic" && q.Quote.Contains("We will never sign anything", StringComparison.Ordinal));
        Assert.Contains(offered, q => q.Actor == "berisha" && q.Quote.Contains("Neither leader can sell a compromise", StringComparison.Ordinal));
        Assert.Contains(offered, q => q.Actor == "halvorsen" && q.Quote.Contains("the window for progress", StringComparison.Ordinal));
        Assert.Contains(offered, q => q.Actor == "shala" && q.Quote.Contains("a threat to our constitution", StringComparison.Ordinal));
        Assert.Contains(offered, q => q.Actor == "european-signatories" && q.Quote.Contains("de-escalate without delay", StringComparison.Ordinal));
        Assert.Contains(offered, q => q.Actor == "russia" && q.Quote.StartsWith("Moscow would oppose", StringComparison.Ordinal));
    }
}
