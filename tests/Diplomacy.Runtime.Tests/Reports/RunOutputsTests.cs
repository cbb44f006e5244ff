using System.Text.RegularExpressions;
using Diplomacy.Runtime.Reports;

using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests.Reports;

public sealed partial class RunOutputsTests : IDisposable
{
    private readonly TempFolder _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void A_run_writes_a_png_and_an_svg_per_issue_and_the_report()
    {
        var run = SampleRuns.Create();

        var files = RunOutputs.Write(run, _temporary.Path).Select(Path.GetFileName);

        Assert.Equal(
            ["stances-ceasefire.png", "stances-ceasefire.svg", "stances-territory.png", "stances-territory.svg", "report.html"],
            files);
    }

    [Fact]
    public void The_report_embeds_every_plot_and_names_nothing_on_the_web()
    {
        RunOutputs.Write(SampleRuns.Create(), _temporary.Path);

        var html = File.ReadAllText(_temporary.Sub("report.html"));

        Assert.Equal(2, SvgElement().Matches(html).Count);
        Assert.DoesNotMatch(WebAddress(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_report_shows_final_stances_agreements_and_the_proposal_log()
    {
        RunOutputs.Write(SampleRuns.Create(), _temporary.Path);

        var html = File.ReadAllText(_temporary.Sub("report.html"));

        Assert.Contains("<h2>Final stances</h2>", html, StringComparison.Ordinal);
        Assert.Contains("44.3 (+34.3)", html, StringComparison.Ordinal);
        Assert.Contains("United States and Russia", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Proposal log</h2>", html, StringComparison.Ordinal);
        Assert.Contains("below reservation", html, StringComparison.Ordinal);
        Assert.Contains("ceasefire 48.0, territory 55.0", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_from_the_scenario_is_escaped()
    {
        var run = SampleRuns.Create("<b>bold</b> & co");

        RunOutputs.Write(run, _temporary.Path);

        var html = File.ReadAllText(_temporary.Sub("report.html"));
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comparison_shows_both_final_stances_and_their_difference()
    {
        var first = SampleRuns.Create("europe-at-table");
        var second = SampleRuns.Create("europe-kept-out", drift: 0.5);

        var files = CompareOutputs.Write(first, second, _temporary.Path).Select(Path.GetFileName);

        Assert.Equal(["compare-ceasefire.png", "compare-ceasefire.svg", "compare-territory.png", "compare-territory.svg", "report.html"], files);
        var html = File.ReadAllText(_temporary.Sub("report.html"));
        Assert.Contains("Agreements under europe-kept-out", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(WebAddress(), html);
        var usa = StanceDifference.Between(first, second).First(d => d.Actor == "usa" && d.Issue == "ceasefire");
        Assert.Equal(usa.Second - usa.First, usa.Difference);
        Assert.Contains($"<td class=\"num down\">{ReportFormat.Difference(usa.Difference)}</td>", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<svg[ >]")]
    private static partial Regex SvgElement();

    [GeneratedRegex("https?://", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
