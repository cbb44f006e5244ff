using Xunit.Abstractions;

namespace Diplomacy.Drafting.Tests;

/// <summary>The draft of the shipped article against the world drawn from it by hand (figures in the README).</summary>
public sealed class RecallTests(ITestOutputHelper output)
{
    [Fact]
    public void The_draft_of_the_shipped_article_finds_nine_in_ten_actors_and_offers_seven_in_ten_quotes()
    {
        var recall = Recall.Measure(ShippedArticle.Draft(), ShippedArticle.HandDrawn.World);
        output.WriteLine(recall.ToString());

        Assert.True(recall.ActorShare >= 0.9, recall.ToString());
        Assert.True(recall.QuoteShare >= 0.7, recall.ToString());
    }
}
