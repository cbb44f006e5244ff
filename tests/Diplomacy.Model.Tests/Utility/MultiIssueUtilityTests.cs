using Diplomacy.Model.Utility;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Utility;

public sealed class MultiIssueUtilityTests
{
    private static readonly MultiIssueUtility Tariffs = new(
    [
        new IssuePreference("tariffs", Ideal: 20, Salience: 0.6),
        new IssuePreference("ceasefire", Ideal: 90, Salience: 0.2, RedLine: new RedLine(60, 100)),
        new IssuePreference("sanctions", Ideal: 5, Salience: 0.2, Range: 10, RedLine: new RedLine(0, 8)),
    ]);

    [Fact]
    public void Weights_are_the_saliences_normalised()
    {
        Assert.Equal([0.6, 0.2, 0.2], Tariffs.Weights.Select(w => Math.Round(w, 12)));
    }

    [Fact]
    public void Utility_is_the_weighted_sum_of_one_minus_relative_distance()
    {
        var verdict = Tariffs.Evaluate([40, 70, 6]);

        var expected = (0.6 * (1 - (20 / 100.0))) + (0.2 * (1 - (20 / 100.0))) + (0.2 * (1 - (1 / 10.0)));
        Assert.Equal(expected, verdict.Utility, 1e-12);
        Assert.Null(verdict.Breach);
        Assert.Equal(1.0, Tariffs.Evaluate([20, 90, 5]).Utility, 1e-12);
    }

    [Fact]
    public void Crossing_a_red_line_scores_zero_and_names_the_line()
    {
        var verdict = Tariffs.Evaluate([20, 90, 9]);

        Assert.Equal(0, verdict.Utility);
        Assert.True(verdict.IsRejectedOutright);
        Assert.Equal(new RedLineBreach(2, "sanctions", new RedLine(0, 8), 9), verdict.Breach);
    }

    [Fact]
    public void The_first_red_line_crossed_in_issue_order_is_reported()
    {
        Assert.Equal("ceasefire", Tariffs.Evaluate([20, 10, 9]).Breach!.Issue);
    }

    [Fact]
    public void Saliences_that_do_not_sum_to_one_are_divided_by_their_total()
    {
        var utility = new MultiIssueUtility([new IssuePreference("a", 0, 2), new IssuePreference("b", 0, 6)]);

        Assert.Equal([0.25, 0.75], utility.Weights);
        Assert.Equal(1.0, utility.Evaluate([0, 0]).Utility, 1e-12);
        Assert.Equal(0.75, utility.Evaluate([100, 0]).Utility, 1e-12);
    }

    [Fact]
    public void Equal_weights_when_nothing_is_salient()
    {
        var indifferent = new MultiIssueUtility([new IssuePreference("a", 0, 0), new IssuePreference("b", 0, 0)]);

        Assert.Equal([0.5, 0.5], indifferent.Weights);
    }

    [Fact]
    public void Bad_preferences_and_terms_are_rejected_by_issue()
    {
        Assert.Throws<ArgumentNullException>(() => new MultiIssueUtility(null!));
        Assert.Throws<ArgumentException>(() => new MultiIssueUtility([]));
        foreach (var salience in new[] { -0.1, double.NaN, double.PositiveInfinity })
        {
            Assert.StartsWith("x: salience must be finite and non-negative", Assert.Throws<ArgumentException>(() => new MultiIssueUtility([new IssuePreference("x", 0, salience)])).Message, StringComparison.Ordinal);
        }

        foreach (var range in new[] { 0.0, -1, double.NaN, double.PositiveInfinity })
        {
            Assert.StartsWith("x: range must be finite and positive", Assert.Throws<ArgumentException>(() => new MultiIssueUtility([new IssuePreference("x", 0, 1, range)])).Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentNullException>(() => Tariffs.Evaluate(null!));
        Assert.StartsWith("expected 3 terms, got 2", Assert.Throws<ArgumentException>(() => Tariffs.Evaluate([1, 2])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offer_off_the_scale_scores_below_zero_on_that_issue()
    {
        var utility = new MultiIssueUtility([new IssuePreference("x", Ideal: 0, Salience: 1, Range: 10)]);

        Assert.Equal(-1.0, utility.IssueValue(0, 20), 1e-12);
        Assert.Equal(0.5, utility.IssueValue(0, -5), 1e-12);
    }
}
