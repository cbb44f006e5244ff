namespace Diplomacy.Drafting.Tests;

public sealed class StatementExtractionTests
{
    [Fact]
    public void A_speech_verb_with_its_subject_is_quoted_up_to_a_clause_that_is_not_the_speakers()
    {
        var quotes = QuotesOf("Defense Secretary Pete Hegseth declared that the talks are “certainly not a betrayal” of Ukraine, despite concerns from European allies over sidelining Kyiv.");

        Assert.Contains(("hegseth", "Defense Secretary Pete Hegseth declared that the talks are “certainly not a betrayal” of Ukraine"), quotes);
        Assert.Contains(("european-allies", "concerns from European allies over sidelining Kyiv"), quotes);
    }

    [Fact]
    public void A_participle_after_a_comma_and_a_verb_after_but_continue_the_same_speaker()
    {
        var quotes = QuotesOf("President Volodymyr Zelenskyy acknowledged the outreach, expressing gratitude for the interest in peace but stressed that Ukraine’s voice must remain central to any deal.");

        Assert.Contains(("zelenskyy", "President Volodymyr Zelenskyy acknowledged the outreach"), quotes);
        Assert.Contains(("zelenskyy", "expressing gratitude for the interest in peace"), quotes);
        Assert.Contains(("zelenskyy", "stressed that Ukraine’s voice must remain central to any deal"), quotes);
        Assert.Contains(("ukraine", "Ukraine’s voice must remain central to any deal"), quotes);
    }

    [Fact]
    public void A_pronoun_opening_a_sentence_is_the_last_sentences_person()
    {
        var quotes = QuotesOf("Defense Secretary Pete Hegseth defended the approach. He also ruled out NATO membership for Ukraine, urging Europe to take the lead.");

        Assert.Contains(("hegseth", "He also ruled out NATO membership for Ukraine"), quotes);
        Assert.Contains(("hegseth", "urging Europe to take the lead"), quotes);
    }

    [Fact]
    public void A_quote_before_said_and_its_speaker_belongs_to_that_speaker()
    {
        var quotes = QuotesOf("Serbian President Dragan Ilic spoke. \"We will never sign it,\" he told reporters. \"Neither can sell a compromise,\" said Drita Berisha, a researcher at the Adriatic Policy Institute.");

        Assert.Contains(("ilic", "\"We will never sign it,\""), quotes);
        Assert.Contains(("berisha", "\"Neither can sell a compromise,\""), quotes);
    }

    [Fact]
    public void A_bare_verb_counts_after_a_modal_and_reported_speech_stays_with_the_speaker()
    {
        var quotes = QuotesOf("Kyiv may offer access to its mineral resources. Spokeswoman Irina Sokolova said Moscow would oppose the deal.");

        Assert.Contains(("ukraine", "Kyiv may offer access to its mineral resources"), quotes);
        Assert.Contains(("sokolova", "Spokeswoman Irina Sokolova said Moscow would oppose the deal"), quotes);
        Assert.Contains(("russia", "Moscow would oppose the deal"), quotes);
    }

    [Fact]
    public void Every_quote_offered_is_an_exact_substring_of_the_article()
    {
        var draft = ShippedArticle.Draft();

        Assert.NotEmpty(draft.Stances);
        Assert.All(draft.OfferedQuotes, q => Assert.Contains(q.Quote, ShippedArticle.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Statements_are_grouped_under_topic_issues_with_one_stance_per_actor_and_issue()
    {
        var draft = ShippedArticle.Draft();

        Assert.Contains(draft.Stances, s => s is { Actor: "hegseth", Issue: "membership" } && s.Quote.Contains("ruled out NATO membership", StringComparison.Ordinal));
        Assert.Contains(draft.Stances, s => s is { Actor: "hegseth", Issue: "security-guarantees" });
        Assert.Equal(draft.Stances.Count, draft.Stances.Select(s => (s.Actor, s.Issue)).Distinct().Count());
        Assert.All(draft.Stances, s => Assert.Contains(s.Issue, draft.Issues.Select(i => i.Id)));
    }

    private static List<(string Actor, string Quote)> QuotesOf(string article) =>
        WorldDrafter.Draft(article, "article.txt").OfferedQuotes.Select(q => (q.Actor, q.Quote)).ToList();
}
