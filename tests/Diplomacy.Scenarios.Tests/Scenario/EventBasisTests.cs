using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>The provenance mark the trace appends to the reason of every move an event causes.</summary>
public sealed class EventBasisTests
{
    private static readonly ExcludeEvent Exclude = new(1, new SourceLocation("s.yaml", 3, 5), ["ukraine"]);

    [Fact]
    public void An_event_on_the_article_is_marked_with_its_note()
    {
        Assert.Equal("[article: Article line 4.]", EventBasis.Of(Exclude with { Note = "Article line 4." }));
    }

    [Fact]
    public void An_assumed_event_is_marked_with_its_assumption_and_then_its_note()
    {
        Assert.Equal("[assumed: Moscow hardens.]", EventBasis.Of(Exclude with { Assumption = "Moscow hardens." }));
        Assert.Equal(
            "[assumed: Moscow hardens.; article: Article line 4.]",
            EventBasis.Of(Exclude with { Assumption = "Moscow hardens.", Note = "Article line 4." }));
    }

    [Fact]
    public void An_event_built_in_code_without_either_has_no_mark()
    {
        Assert.Equal(string.Empty, EventBasis.Of(Exclude));
        Assert.Throws<ArgumentNullException>(() => EventBasis.Of(null!));
    }

    [Theory]
    [InlineData("accepted", "[article: x]", "accepted [article: x]")]
    [InlineData("accepted", "", "accepted")]
    [InlineData("", "[article: x]", "[article: x]")]
    [InlineData(null, "[article: x]", "[article: x]")]
    [InlineData("", "", "")]
    [InlineData(null, "", null)]
    public void The_mark_follows_the_reason_after_one_space(string? reason, string basis, string? expected)
    {
        Assert.Equal(expected, EventBasis.Append(reason, basis));
    }

    [Theory]
    [InlineData("countered [assumed: Moscow hardens.]", true)]
    [InlineData("countered [assumed: x; article: y]", true)]
    [InlineData("countered [article: Article line 4.]", false)]
    [InlineData("assumed: without the bracket", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_reason_is_assumed_when_it_carries_the_assumed_mark(string? reason, bool assumed)
    {
        Assert.Equal(assumed, EventBasis.IsAssumed(reason));
    }
}
