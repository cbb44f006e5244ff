using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.World;

/// <summary>Look-ups in a world, membership at any depth, and whether anything is still a draft.</summary>
public sealed class SeedWorldTests
{
    private static Actor Member(string id, ActorKind kind, string? memberOf) => new(id, id, kind, "role", memberOf, 1, 0.5);

    private static Stance StanceOf(string actor, string issue, double position) =>
        new(actor, issue, position, 0.5, 0.5, Confidence.Assumed, null, "assumed", null, null);

    private static readonly SeedWorld Europe = new(
        "article.txt",
        [
            Member("signatories", ActorKind.Organisation, null),
            Member("france", ActorKind.State, "signatories"),
            Member("macron", ActorKind.Leader, "france"),
            Member("usa", ActorKind.State, null),
        ],
        [new Issue("land", "Land", "none", "all"), new Issue("nato", "NATO", "out", "in")],
        [StanceOf("france", "land", 40), StanceOf("france", "nato", 70), StanceOf("usa", "land", 60)],
        []);

    [Fact]
    public void Membership_counts_at_any_depth_and_only_upwards()
    {
        Assert.True(Europe.IsPartOf("france", "signatories"));
        Assert.True(Europe.IsPartOf("macron", "signatories"));
        Assert.True(Europe.IsPartOf("macron", "france"));
        Assert.False(Europe.IsPartOf("signatories", "france"));
        Assert.False(Europe.IsPartOf("usa", "signatories"));
        Assert.False(Europe.IsPartOf("france", "france"));
        Assert.False(Europe.IsPartOf("nobody", "france"));
    }

    [Fact]
    public void A_membership_circle_ends_the_walk_instead_of_looping()
    {
        var circle = Europe with { Actors = [Member("a", ActorKind.Organisation, "b"), Member("b", ActorKind.Organisation, "a")] };

        Assert.True(circle.IsPartOf("a", "b"));
        Assert.True(circle.IsPartOf("a", "a"));
        Assert.False(circle.IsPartOf("a", "c"));
    }

    [Fact]
    public void A_chain_as_long_as_the_actor_list_is_followed_to_its_end()
    {
        var chain = Europe with
        {
            Actors = [Member("a", ActorKind.Leader, "b"), Member("b", ActorKind.State, "c"), Member("c", ActorKind.Organisation, "d"), Member("d", ActorKind.Organisation, null)],
        };

        Assert.True(chain.IsPartOf("a", "d"));
    }

    [Fact]
    public void Look_ups_find_by_id_and_give_null_for_unknown_ones()
    {
        Assert.Equal("macron", Europe.FindActor("macron")!.Id);
        Assert.Null(Europe.FindActor("germany"));
        Assert.Equal("NATO", Europe.FindIssue("nato")!.Title);
        Assert.Null(Europe.FindIssue("gas"));
        Assert.Equal(70, Europe.FindStance("france", "nato")!.Position);
        Assert.Equal(60, Europe.FindStance("usa", "land")!.Position);
        Assert.Null(Europe.FindStance("usa", "nato"));
    }

    [Fact]
    public void A_world_has_drafts_when_an_actor_an_issue_or_a_stance_is_undecided()
    {
        Assert.False(Europe.HasDrafts);
        Assert.True((Europe with { Actors = [Europe.Actors[0] with { Undecided = ["capability"] }] }).HasDrafts);
        Assert.True((Europe with { Issues = [Europe.Issues[0] with { Undecided = ["low"] }] }).HasDrafts);
        Assert.True((Europe with { Stances = [Europe.Stances[0] with { Undecided = ["position"] }] }).HasDrafts);
    }

    [Theory]
    [InlineData(59.999, false)]
    [InlineData(60, true)]
    [InlineData(90, true)]
    [InlineData(90.001, false)]
    public void A_red_line_allows_its_own_edges(double position, bool allowed)
    {
        Assert.Equal(allowed, new RedLine(60, 90).Allows(position));
    }

    [Fact]
    public void The_scale_runs_from_0_to_100()
    {
        Assert.Equal((0.0, 100.0, 100.0), (Issue.Minimum, Issue.Maximum, Issue.Range));
    }
}
