using System.Xml.Linq;
using Diplomacy.Runtime.Plots;

using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests.Plots;

public sealed class StancePlotsTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly TempFolder _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public void Trajectories_are_written_as_a_png_of_plausible_size()
    {
        var run = SampleRuns.Create();

        var (png, _) = PlotFiles.Save(StancePlots.Trajectories(run, run.Issues[0]), _temporary.Path, "stances-ceasefire");

        var bytes = File.ReadAllBytes(png);
        Assert.Equal(PngSignature, bytes[..8]);
        // A blank 1100x600 PNG compresses to a few kilobytes; six lines, labels and a legend take far more.
        Assert.InRange(bytes.Length, 20_000, 2_000_000);
    }

    [Fact]
    public void Trajectories_svg_is_xml_naming_every_actor_and_the_agreement()
    {
        var run = SampleRuns.Create();

        var (_, svg) = PlotFiles.Save(StancePlots.Trajectories(run, run.Issues[1]), _temporary.Path, "stances-territory");

        var text = string.Concat(XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.All(SampleRuns.Actors, a => Assert.Contains(a.Name, text, StringComparison.Ordinal));
        Assert.Contains("agreement", text, StringComparison.Ordinal);
        Assert.Contains("Territorial settlement", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_names_both_scenarios_and_every_actor()
    {
        var first = SampleRuns.Create("europe-at-table");
        var second = SampleRuns.Create("europe-kept-out", drift: 0.4);

        var (_, svg) = PlotFiles.Save(StancePlots.Comparison(first, second, first.Issues[0]), _temporary.Path, "compare-ceasefire");

        var text = string.Concat(XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("europe-at-table", text, StringComparison.Ordinal);
        Assert.Contains("europe-kept-out", text, StringComparison.Ordinal);
        Assert.All(SampleRuns.Actors, a => Assert.Contains(a.Name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_wrap_instead_of_being_cut_and_actors_whose_paths_coincide_are_named_together()
    {
        var run = SampleRuns.Create();
        var longScale = string.Join(' ', Enumerable.Repeat("Russia keeps all the territory it has taken since 2014, Crimea included", 2));
        var issue = run.Issues[1] with { Low = longScale };
        var putin = new Diplomacy.Model.World.Actor("putin", "Vladimir Putin", Diplomacy.Model.World.ActorKind.Leader, "President", "russia", 1, 0.3);
        var twin = run with
        {
            Actors = [.. run.Actors, putin],
            Issues = [run.Issues[0], issue],
            Stances = [.. run.Stances, .. run.Stances.Where(s => s.Actor == "russia").Select(s => s with { Actor = "putin" })],
        };

        var (_, svg) = PlotFiles.Save(StancePlots.Trajectories(twin, issue), _temporary.Path, "stances-twins");

        var texts = XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        var text = string.Concat(texts);
        Assert.DoesNotContain("…", text, StringComparison.Ordinal);
        Assert.Contains("Crimea included", text, StringComparison.Ordinal);
        Assert.Contains("Russia = Putin", texts);
        Assert.Single(texts, t => t == "Russia"); // in the legend; its end is labelled "Russia = Putin"
        Assert.Contains("Vladimir Putin (same path as Russia)", texts);
        Assert.Contains("LEADERS", texts);
        Assert.True(StancePlots.Wrap(longScale).All(line => line.Length <= 80));
    }

    [Theory]
    [InlineData("ceasefire", "ceasefire")]
    [InlineData("eu/nato seats", "eu-nato-seats")]
    public void Slugs_are_safe_file_names(string id, string expected) => Assert.Equal(expected, PlotFiles.Slug(id));
}
