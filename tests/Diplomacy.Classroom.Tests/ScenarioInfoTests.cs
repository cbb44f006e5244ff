using Diplomacy.Classroom.Scenarios;
using Diplomacy.Classroom.Tests.Fixtures;

namespace Diplomacy.Classroom.Tests;

/// <summary>Every shipped scenario has its Info text, in NetLogo's order of sections.</summary>
public sealed class ScenarioInfoTests
{
    private static readonly string[] Sections =
    [
        "# What is it?", "# How it works", "# How to use it", "# Things to notice", "# Things to try", "# Extending the model", "# Credits and references",
    ];

    [Fact]
    public void Every_shipped_scenario_has_an_Info_text_and_no_Info_text_lacks_its_scenario()
    {
        var shipped = new ScenarioCatalog(ClassroomFixture.ScenariosFolder).All.Select(s => s.Name);

        Assert.Equal(shipped, ScenarioCatalog.WithInfo());
    }

    [Fact]
    public void Each_Info_text_has_NetLogos_sections_in_order_and_cites_the_article()
    {
        foreach (var name in ScenarioCatalog.WithInfo())
        {
            var info = ScenarioCatalog.InfoOf(name)!;
            var headings = info.Split('\n').Where(line => line.StartsWith("# ", StringComparison.Ordinal)).ToList();
            Assert.True(Sections.SequenceEqual(headings), $"{name}.info.md has the sections {string.Join(" / ", headings)}");
            Assert.Contains("line", info[info.IndexOf("# Credits and references", StringComparison.Ordinal)..], StringComparison.Ordinal);
        }
    }
}
