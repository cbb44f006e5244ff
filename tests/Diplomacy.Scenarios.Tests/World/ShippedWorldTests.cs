using Diplomacy.Model.World;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Scenarios.Tests.World;

public sealed class ShippedWorldTests
{
    private static readonly LoadedWorld Loaded = WorldFileReader.Load(ShippedSeed.WorldPath);

    private static SeedWorld World => Loaded.World;

    [Fact]
    public void Loads_and_names_its_article()
    {
        Assert.Equal(ShippedSeed.ArticleFileName, World.Article);
        Assert.Equal(ShippedSeed.ArticleText, Loaded.ArticleText);
        Assert.Equal("2025-02-13", World.Date);
    }

    [Fact]
    public void Names_every_actor_the_article_names()
    {
        string[] expected =
        [
            "united-states", "russia", "ukraine", "france", "germany", "united-kingdom", "china", "saudi-arabia",
            "nato", "european-signatories", "democratic-initiatives-foundation",
            "trump", "putin", "zelenskyy", "hegseth", "vance", "rubio", "pistorius", "rutte", "lecornu", "zolkina",
        ];

        Assert.True(World.Actors.Count >= 15);
        Assert.Equal(expected.Order(StringComparer.Ordinal), World.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(ActorKind.Analyst, World.FindActor("zolkina")!.Kind);
        Assert.Equal("democratic-initiatives-foundation", World.FindActor("zolkina")!.MemberOf);
        Assert.Equal("united-states", World.FindActor("hegseth")!.MemberOf);
        Assert.All(World.Actors, a => Assert.False(string.IsNullOrWhiteSpace(a.Assumption)));
    }

    [Fact]
    public void Raises_every_issue_of_the_article()
    {
        string[] expected =
        [
            "talks-timing", "ukraine-at-table", "europe-at-table", "territory", "nato-membership", "us-troops-guarantee",
            "european-security-lead", "nato-spending", "minerals-for-aid", "us-pivot-china", "summit-venue",
        ];

        Assert.True(World.Issues.Count >= 9);
        Assert.All(expected, id => Assert.NotNull(World.FindIssue(id)));
    }

    [Fact]
    public void Every_quote_is_an_exact_substring_of_the_repository_copy_of_the_article()
    {
        var article = ShippedSeed.ArticleText;
        var quotes = World.Stances.Select(s => s.Quote).Concat(World.Stances.Select(s => s.RedLine?.Quote)).OfType<string>().ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(q, article, StringComparison.Ordinal));
    }

    [Fact]
    public void Stated_and_implied_stances_carry_quotes_and_assumed_ones_carry_assumptions()
    {
        Assert.All(World.Stances.Where(s => s.Confidence != Confidence.Assumed), s => Assert.NotNull(s.Quote));
        Assert.All(World.Stances.Where(s => s.Confidence == Confidence.Assumed), s => Assert.Null(s.Quote));
        Assert.All(World.Stances.Where(s => s.Confidence == Confidence.Assumed), s => Assert.NotNull(s.Assumption));
    }

    [Theory]
    [InlineData("hegseth", "zelenskyy", "nato-membership")]
    [InlineData("hegseth", "ukraine", "nato-membership")]
    [InlineData("united-states", "european-signatories", "europe-at-table")]
    [InlineData("trump", "european-signatories", "ukraine-at-table")]
    [InlineData("russia", "ukraine", "territory")]
    [InlineData("hegseth", "ukraine", "territory")]
    [InlineData("hegseth", "pistorius", "early-concessions")]
    [InlineData("trump", "rutte", "deal-durability")]
    public void Opposed_stances_sit_on_opposite_sides_of_the_scale(string one, string other, string issue)
    {
        var a = World.FindStance(one, issue)!;
        var b = World.FindStance(other, issue)!;

        Assert.True((a.Position - 50) * (b.Position - 50) < 0, $"{one} at {a.Position} and {other} at {b.Position} on {issue}");
    }

    [Fact]
    public void Stated_stances_of_the_article_are_present_with_their_quotes()
    {
        (string Actor, string Issue, string Words)[] stated =
        [
            ("trump", "talks-timing", "“immediately.”"),
            ("zelenskyy", "ukraine-at-table", "Ukraine’s voice must remain central to any deal"),
            ("hegseth", "nato-membership", "ruled out NATO membership for Ukraine"),
            ("hegseth", "us-troops-guarantee", "U.S. troop deployment"),
            ("hegseth", "territory", "“unrealistic,”"),
            ("european-signatories", "europe-at-table", "“Ukraine and Europe must be part of any negotiations”"),
            ("pistorius", "early-concessions", "“regrettable”"),
            ("rutte", "deal-durability", "“enduring”"),
            ("hegseth", "nato-spending", "5% of GDP"),
            ("hegseth", "us-pivot-china", "China and domestic border security"),
            ("hegseth", "european-security-lead", "“own responsibility”"),
        ];

        Assert.All(stated, s =>
        {
            var stance = World.FindStance(s.Actor, s.Issue);
            Assert.NotNull(stance);
            Assert.Equal(Confidence.Stated, stance.Confidence);
            Assert.Contains(s.Words, stance.Quote, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Red_lines_the_article_draws_are_present_and_hold_the_own_position()
    {
        var europe = World.FindStance("european-signatories", "europe-at-table")!;
        var hegseth = World.FindStance("hegseth", "nato-membership")!;

        Assert.NotNull(europe.RedLine);
        Assert.False(europe.RedLine.Allows(World.FindStance("united-states", "europe-at-table")!.Position));
        Assert.NotNull(hegseth.RedLine);
        Assert.False(hegseth.RedLine.Allows(World.FindStance("ukraine", "nato-membership")!.Position));
        Assert.All(World.Stances.Where(s => s.RedLine is not null), s => Assert.True(s.RedLine!.Allows(s.Position)));
    }

    [Fact]
    public void Influence_ties_link_ministers_to_their_head_of_government()
    {
        Assert.Contains(World.Ties, t => t is { Listener: "hegseth", Speaker: "trump" });
        Assert.Contains(World.Ties, t => t is { Listener: "united-states", Speaker: "trump" });
        Assert.Contains(World.Ties, t => t is { Listener: "russia", Speaker: "putin" });
        Assert.All(World.Ties, t => Assert.InRange(t.Weight, 0, 1));
    }

    [Fact]
    public void Kyiv_draws_its_own_red_line_on_its_seat_at_the_table()
    {
        foreach (var actor in new[] { "zelenskyy", "ukraine", "european-signatories", "france", "germany", "united-kingdom" })
        {
            var line = World.FindStance(actor, "ukraine-at-table")!.RedLine;
            Assert.NotNull(line);
            Assert.False(line.Allows(World.FindStance("trump", "ukraine-at-table")!.Position));
        }
    }

    [Fact]
    public void Only_an_actor_that_says_it_in_the_article_holds_a_stated_stance()
    {
        // Zelenskyy speaks for Ukraine; the state's stance on his words is implied, not stated.
        Assert.Equal(Confidence.Stated, World.FindStance("zelenskyy", "ukraine-at-table")!.Confidence);
        Assert.Equal(Confidence.Implied, World.FindStance("ukraine", "ukraine-at-table")!.Confidence);
        Assert.Equal(Confidence.Implied, World.FindStance("ukraine", "territory")!.Confidence);
        Assert.Equal(Confidence.Implied, World.FindStance("trump", "summit-venue")!.Confidence);
    }

    [Fact]
    public void Capabilities_rank_the_parties_to_a_war_as_a_war_negotiation_would()
    {
        double Capability(string id) => World.FindActor(id)!.Capability;

        Assert.True(Capability("russia") > Capability("germany"));
        Assert.True(Capability("russia") > Capability("ukraine"));
        Assert.True(Capability("ukraine") > Capability("france"));
        Assert.Equal(Capability("united-states"), Capability("trump"));
        Assert.Equal(Capability("russia"), Capability("putin"));
        Assert.Equal(Capability("ukraine"), Capability("zelenskyy"));
        Assert.All(World.Actors.Where(a => a.Kind == ActorKind.State), a => Assert.False(string.IsNullOrWhiteSpace(a.Source)));
    }

    [Fact]
    public void The_signatories_are_a_composite_weighing_at_least_their_member_states()
    {
        var members = World.Actors.Where(a => a.MemberOf == "european-signatories").Select(a => a.Id).ToList();

        Assert.Equal(["france", "germany", "united-kingdom"], members);
        Assert.True(World.FindActor("european-signatories")!.Capability >= members.Sum(m => World.FindActor(m)!.Capability));
        Assert.True(World.IsPartOf("pistorius", "european-signatories"));
        Assert.False(World.IsPartOf("european-signatories", "pistorius"));
        Assert.False(World.IsPartOf("trump", "putin"));
    }

    [Fact]
    public void Every_tie_is_written_with_its_rationale_and_each_state_heeds_its_leader_most()
    {
        Assert.All(World.Ties, t => Assert.False(string.IsNullOrWhiteSpace(t.Rationale)));
        foreach (var (state, leader) in new[] { ("united-states", "trump"), ("russia", "putin"), ("ukraine", "zelenskyy") })
        {
            var heaviest = World.Ties.Where(t => t.Listener == state).MaxBy(t => t.Weight)!;
            Assert.Equal(leader, heaviest.Speaker);
        }
    }
}
