using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>
/// Events against a world in which Russia holds a red line on territory ([60, 100], seeded at 80)
/// and Putin belongs to Russia: shocks that meet the line, forums that seat a whole and its part.
/// </summary>
public sealed class ScenarioEventReaderTests : IDisposable
{
    private const string Header = """
        name: events-test
        world: world.yaml
        issues: [territory, nato-membership]
        rounds: 6
        events:

        """;

    private static readonly SeedWorld World = WithRedLine(TestWorld.Create());

    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SeedWorld WithRedLine(SeedWorld world) => world with
    {
        Stances = world.Stances
            .Select(s => s.Actor == "russia" && s.Issue == "territory" ? s with { Position = 80, RedLine = new RedLine(60, 100) { Quote = "not one step back" } } : s)
            .ToList(),
    };

    private Diplomacy.Scenarios.Scenario.Scenario Load(string events) =>
        ScenarioLoader.Load(_folder.Write("e.yaml", Header + events), _ => World);

    private InputError Error(string events) =>
        Assert.Single(Assert.Throws<InputException>(() => Load(events)).Errors);

    [Fact]
    public void A_shock_declared_to_break_the_line_may_cross_it()
    {
        var shock = Assert.IsType<ShockEvent>(Assert.Single(Load("  - round: 1\n    shock: { actor: russia, issue: territory, set: 20, breaks-red-line: true }\n    assumption: a\n").Events));

        Assert.True(shock.BreaksRedLine);
        Assert.Equal((20.0, (double?)null), (shock.Set!.Value, shock.Shift));
    }

    [Fact]
    public void A_shift_that_stays_inside_the_line_needs_nothing_and_a_shift_past_the_scale_is_clamped_before_the_check()
    {
        var events = Load("  - round: 1\n    shock: { actor: russia, issue: territory, shift: 40 }\n    assumption: a\n"
            + "  - round: 2\n    shock: { actor: russia, issue: territory, shift: -20 }\n    assumption: b\n").Events;

        Assert.Equal([40.0, -20.0], events.Cast<ShockEvent>().Select(e => e.Shift!.Value));
        Assert.All(events.Cast<ShockEvent>(), e => Assert.False(e.BreaksRedLine));
    }

    [Fact]
    public void A_set_past_the_line_is_refused_at_the_set()
    {
        var error = Error("  - round: 1\n    shock: { actor: russia, issue: territory, set: 30 }\n    assumption: a\n");

        Assert.Equal(
            "the shock sets 'russia' on 'territory' to 30, past its red line [60, 100] (“not one step back”): a shock does not carry an actor across a line it refuses outright; if the what-if is that the line breaks, add 'breaks-red-line: true' (the trace records the break)",
            error.Message);
        Assert.Equal((7, 52), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_shift_past_the_line_names_where_it_starts_and_ends()
    {
        var error = Error("  - round: 1\n    shock: { actor: russia, issue: territory, shift: -20.5 }\n    assumption: a\n");

        Assert.StartsWith("the shock shifts 'russia' on 'territory' by -20.5 from its seeded 80 to 59.5, past its red line [60, 100] (“not one step back”)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_inside_the_line_breaks_nothing()
    {
        var error = Error("  - round: 1\n    shock: { actor: russia, issue: territory, set: 70, breaks-red-line: true }\n    assumption: a\n");

        Assert.Equal("the shock sets 'russia' on 'territory' to 70, inside its red line [60, 100] (“not one step back”), so it breaks nothing; drop 'breaks-red-line'", error.Message);
        Assert.Equal((7, 73), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_shift_declared_to_break_the_line_is_accepted_even_inside_it_since_the_stance_may_have_moved()
    {
        var shock = Assert.IsType<ShockEvent>(Assert.Single(Load("  - round: 1\n    shock: { actor: russia, issue: territory, shift: 5, breaks-red-line: true }\n    assumption: a\n").Events));

        Assert.True(shock.BreaksRedLine);
    }

    [Fact]
    public void A_part_seated_before_its_whole_is_reported_at_the_whole()
    {
        var error = Error("  - round: 1\n    forum: { name: talks, members: [putin, united-states, russia] }\n    note: n\n");

        Assert.Equal("'russia' and 'putin' cannot sit at one forum: 'putin' is part of 'russia' (memberOf), whose weight already includes it, so it would count twice; seat the whole or its parts, not both", error.Message);
        Assert.Equal((7, 59), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Terms_must_be_a_mapping_of_issues()
    {
        var error = Error("  - round: 1\n    propose: { from: russia, to: ukraine, terms: [territory, 40] }\n    note: n\n");

        Assert.Equal("'terms' of 'propose' must be a mapping of issue: position; got a list", error.Message);
        Assert.Equal((7, 50), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void An_offer_on_the_proposer_s_own_red_line_edge_is_allowed()
    {
        var propose = Assert.IsType<ProposeEvent>(Assert.Single(Load("  - round: 1\n    propose: { from: russia, to: ukraine, terms: { territory: 60 } }\n    note: n\n").Events));

        Assert.Equal([new Term("territory", 60)], propose.Terms);
    }

    [Fact]
    public void An_event_keeps_both_its_note_and_its_assumption()
    {
        var forum = Assert.IsType<ForumEvent>(Assert.Single(Load("  - round: 2\n    forum: { name: talks, members: [united-states, russia], issues: [territory] }\n    note: Article line 4.\n    assumption: They meet again.\n").Events));

        Assert.Equal(("Article line 4.", "They meet again."), (forum.Note, forum.Assumption));
        Assert.Equal((2, "talks"), (forum.Round, forum.Name));
        Assert.Equal(new SourceLocation(Path.Combine(_folder.Path, "e.yaml"), 6, 5), forum.Location);
    }

    [Fact]
    public void A_term_on_an_issue_the_world_lacks_is_unknown_and_a_forum_with_no_issues_is_refused()
    {
        var term = Error("  - round: 1\n    propose: { from: united-states, to: russia, terms: { teritory: 30 } }\n    assumption: a\n");
        var forum = Error("  - round: 1\n    forum: { name: talks, members: [united-states, russia], issues: [] }\n    assumption: a\n");

        Assert.Equal("unknown issue 'teritory' in 'terms' of 'propose' (did you mean 'territory'?)", term.Message);
        Assert.Equal("'issues' of 'forum' must list at least one issue; got 0", forum.Message);
    }
}
