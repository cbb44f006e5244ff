using Diplomacy.Model.World;
using Diplomacy.Scenarios.World;
using Diplomacy.Testing;

namespace Diplomacy.Scenarios.Tests.World;

public sealed class SeedAuditTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Docs_seed_audit_is_the_current_audit_of_the_shipped_world()
    {
        var shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "seed-audit.md"));

        var current = SeedAudit.Render(WorldFileReader.Load(ShippedSeed.WorldPath));

        Assert.True(shipped == current, $"docs/seed-audit.md is stale: regenerate it with `{SeedAudit.Command}`");
    }

    [Fact]
    public void Every_quote_of_the_shipped_world_speaks_of_its_issue()
    {
        var world = WorldFileReader.Load(ShippedSeed.WorldPath).World;

        var silent = world.Stances
            .Where(s => s.Quote is not null && SeedAudit.Mentions(world.FindIssue(s.Issue)!, s.Quote).Count == 0)
            .Select(s => $"{s.Actor} on {s.Issue}")
            .ToList();

        Assert.Empty(silent);
        Assert.All(world.Issues, issue => Assert.NotEmpty(issue.Keywords));
    }

    [Fact]
    public void A_quote_about_something_else_is_flagged()
    {
        var world = WorldFileReader.Load(ShippedSeed.WorldPath).World;
        var territory = world.FindIssue("territory")!;

        Assert.Empty(SeedAudit.Mentions(territory, "criticized the U.S. for making premature concessions to Russia"));
        Assert.Equal(["territor", "crimea", "2014"], SeedAudit.Mentions(territory, "regain all territory lost since 2014—including Crimea"));
    }

    [Fact]
    public void The_audit_names_each_quote_s_article_line_and_marks_a_silent_quote()
    {
        var path = ShippedSeed.WriteVariant(
            _temp,
            "    quote: Kyiv’s territorial ambitions\n",
            "    quote: Trump emphasized his confidence in Putin’s desire for peace\n");

        var audit = SeedAudit.Render(WorldFileReader.Load(path));

        Assert.Contains("| zelenskyy | 90 | 1 | 0.8 | implied | “Trump emphasized his confidence in Putin’s desire for peace” (line 4)", audit, StringComparison.Ordinal);
        Assert.Contains("**NO** |", audit, StringComparison.Ordinal);
        Assert.Contains("64 of 65 quotes mention their issue's subject", audit, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_are_read_from_the_world_file()
    {
        var world = WorldFileReader.Load(ShippedSeed.WorldPath).World;

        Assert.Equal(["nato membership"], world.FindIssue("nato-membership")!.Keywords);
        Assert.IsType<Issue>(world.FindIssue("summit-venue"));
    }
}
