using Diplomacy.Drafting.Text;

namespace Diplomacy.Drafting.Tests;

public sealed class TextTests
{
    [Fact]
    public void Sentences_end_after_closing_quotes_and_lone_periods_but_not_after_acronyms_or_titles()
    {
        const string Article = "President Trump agreed to talks “immediately.” Trump said, “We’re on the way” . Plans are underway.\n" +
                               "1. A Heading\nThe U.S. Defense Secretary met Gen. Smith in Kyiv.";

        var texts = SentenceSplitter.Split(Article).Select(s => s.TextOf(Article)).ToList();

        Assert.Equal(
            ["President Trump agreed to talks “immediately.”", "Trump said, “We’re on the way” .", "Plans are underway.", "A Heading", "The U.S. Defense Secretary met Gen. Smith in Kyiv."],
            texts);
    }

    [Fact]
    public void Sentences_know_their_line_and_whether_they_are_headings()
    {
        const string Article = "Key Developments\n- NATO’s Future: Hegseth described the war as a reset.\n";

        var sentences = SentenceSplitter.Split(Article);

        Assert.Equal([(1, true), (2, false)], sentences.Select(s => (s.Line, s.IsHeading)));
        Assert.StartsWith("NATO’s Future", sentences[1].TextOf(Article), StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_fold_the_possessive_and_keep_dotted_acronyms_whole()
    {
        var tokens = Tokenizer.Tokens("Trump’s U.S. envoy's plan");

        Assert.Equal(["Trump", "U.S.", "envoy", "plan"], tokens.Select(t => t.Text));
        Assert.Equal([true, false, true, false], tokens.Select(t => t.Possessive));
    }

    [Fact]
    public void Quoted_spans_are_found_with_curly_and_straight_marks_and_an_unclosed_one_is_ignored()
    {
        const string Article = "He called it “regrettable” and said \"never\" once, then “stopped.";
        var sentence = Assert.Single(SentenceSplitter.Split(Article));

        var spans = QuotedSpans.In(Article, sentence).Select(q => Article[q.Start..q.End]);

        Assert.Equal(["“regrettable”", "\"never\""], spans);
    }
}
