using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Scenarios.Tests.World;

/// <summary>
/// WorldFileReader on a world of a few lines written here, for the checks the shipped world
/// never trips: membership of a leader or in a circle, inverted red lines, unnamed entries.
/// </summary>
public sealed class SmallWorldReaderTests : IDisposable
{
    private const string Article = "The envoys met. “We will not give up the land,” the minister said.";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Actor(string id, string kind, string? memberOf = null) =>
        $"  - id: {id}\n    name: {id}\n    kind: {kind}\n    role: r\n" + (memberOf is null ? string.Empty : $"    memberOf: {memberOf}\n")
        + "    capability: 1\n    susceptibility: 0.5\n    assumption: a\n";

    private static string World(string actors, string stances = "", string ties = "", string issueExtra = "") =>
        "article: article.txt\ntitle: Small world\ndate: 2025-02-13\nactors:\n" + actors
        + "issues:\n  - id: land\n    title: Land\n    low: none\n    high: all\n" + issueExtra
        + "stances:\n" + (stances.Length == 0 ? "  []\n" : stances)
        + (ties.Length == 0 ? string.Empty : "ties:\n" + ties);

    private string Write(string world)
    {
        _temp.Write("article.txt", Article);
        return _temp.Write("small.world.yaml", world);
    }

    private IReadOnlyList<InputError> ErrorsOf(string world) =>
        Assert.Throws<InputException>(() => WorldFileReader.Load(Write(world))).Errors;

    [Fact]
    public void A_good_small_world_loads_with_its_title_date_keywords_and_article()
    {
        var path = Write(World(Actor("state", "state") + Actor("head", "leader", "state"), issueExtra: "    keywords: [land, territory]\n"));

        var loaded = WorldFileReader.Load(path);

        Assert.Equal(path, loaded.File);
        Assert.Equal(_temp.Sub("article.txt"), loaded.ArticlePath);
        Assert.Equal(Article, loaded.ArticleText);
        Assert.Equal(("Small world", "2025-02-13", "article.txt"), (loaded.World.Title, loaded.World.Date, loaded.World.Article));
        Assert.Equal(["land", "territory"], loaded.World.Issues[0].Keywords);
        Assert.Equal("state", loaded.World.Actors[1].MemberOf);
        Assert.Empty(loaded.Drafts);
    }

    [Fact]
    public void An_actor_cannot_be_a_member_of_a_leader()
    {
        var errors = ErrorsOf(World(Actor("boss", "leader") + Actor("aide", "leader", "boss")));

        var error = Assert.Single(errors);
        Assert.Equal("'aide' is a member of 'boss', which is a leader; an actor belongs to a state or an organisation", error.Message);
        Assert.Equal((16, 15), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Membership_in_a_circle_is_reported_at_each_actor_of_it()
    {
        var errors = ErrorsOf(World(Actor("north", "organisation", "south") + Actor("south", "organisation", "north")));

        Assert.Equal(
            [
                "'north' is a member of 'south', which is (through memberOf) a member of 'north': membership must not go round in a circle",
                "'south' is a member of 'north', which is (through memberOf) a member of 'south': membership must not go round in a circle",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void A_longer_chain_that_ends_is_not_a_circle()
    {
        var loaded = WorldFileReader.Load(Write(World(Actor("bloc", "organisation") + Actor("state", "state", "bloc") + Actor("head", "leader", "state"))));

        Assert.True(loaded.World.IsPartOf("head", "bloc"));
        Assert.False(loaded.World.IsPartOf("bloc", "head"));
    }

    [Fact]
    public void A_red_line_whose_minimum_is_above_its_maximum_is_reported_at_the_red_line()
    {
        const string Stance = "  - actor: state\n    issue: land\n    position: 50\n    salience: 0.5\n    resolve: 0.5\n    confidence: assumed\n    assumption: a\n    redLine: { minimum: 60, maximum: 40 }\n";

        var error = Assert.Single(ErrorsOf(World(Actor("state", "state"), Stance)));

        Assert.Equal("the red line of 'state' on 'land': 'minimum' (60) is above 'maximum' (40)", error.Message);
        Assert.Equal((25, 14), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_red_line_quote_must_be_in_the_article()
    {
        const string Stance = "  - actor: state\n    issue: land\n    position: 50\n    salience: 0.5\n    resolve: 0.5\n    confidence: implied\n    quote: We will not give up the land\n    redLine: { minimum: 0, maximum: 60, quote: We will not give up teh land }\n";

        var error = Assert.Single(ErrorsOf(World(Actor("state", "state"), Stance)));

        Assert.Equal("the quote of 'state' on 'land' is not in the article: closest passage (2 characters differ): [We will not give up the land]", error.Message);
        Assert.Equal((25, 48), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Entries_without_their_names_are_labelled_by_number()
    {
        const string Stance = "  - issue: land\n    position: 50\n    salience: 0.5\n    resolve: 0.5\n    confidence: assumed\n    assumption: a\n";
        const string Tie = "  - { listener: state, speaker: other }\n";

        var errors = ErrorsOf(World(Actor("state", "state") + "  - name: x\n", Stance, Tie));

        var messages = errors.Select(e => e.Message).ToList();
        Assert.Contains("actor #2 is missing 'id'", messages);
        Assert.Contains("stance #1 is missing 'actor'", messages);
        Assert.Contains("tie 'state' listening to 'other' is missing 'weight'", messages);
    }

    [Fact]
    public void A_blank_keyword_is_named_with_its_issue()
    {
        var error = Assert.Single(ErrorsOf(World(Actor("state", "state"), issueExtra: "    keywords: [land, '']\n")));

        Assert.Equal("a keyword of issue 'land' must not be empty", error.Message);
    }

    // (line, column) of the value written after "key: " on the first line holding it after "from".
    private static (int Line, int Column) ValueOf(string text, string key, string from = "")
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains(from, StringComparison.Ordinal));
        var index = Array.FindIndex(lines, start, l => l.Contains(key + ": ", StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf(key + ": ", StringComparison.Ordinal) + key.Length + 3);
    }

    private static string AssumedStance(string actor, string extra) =>
        $"  - actor: {actor}\n    issue: land\n    position: 50\n    salience: 0.5\n    resolve: 0.5\n    confidence: assumed\n    assumption: a\n" + extra;

    [Fact]
    public void Sources_rationales_and_a_red_line_of_one_point_are_kept()
    {
        var actors = Actor("state", "state") + Actor("other", "state") + "    source: the ministry\n";
        const string Tie = "  - { listener: state, speaker: other, weight: 0.5, rationale: allies }\n";

        var world = WorldFileReader.Load(Write(World(actors, AssumedStance("state", "    redLine: { minimum: 50, maximum: 50 }\n"), Tie))).World;

        Assert.Equal((null, "the ministry"), (world.Actors[0].Source, world.Actors[1].Source));
        Assert.Equal("allies", Assert.Single(world.Ties).Rationale);
        Assert.Equal((50.0, 50.0), (world.Stances[0].RedLine!.Minimum, world.Stances[0].RedLine!.Maximum));
    }

    [Fact]
    public void Each_mistake_in_an_entry_is_located_at_the_value_it_is_about()
    {
        var text = World(
            Actor("Bad_Id", "state") + Actor("north", "organisation", "south") + Actor("south", "organisation", "north"),
            AssumedStance("south", "    quote: The envoys met.\n") + AssumedStance("north", "    redLine: { minimum: 60, maximum: 100 }\n"));

        var errors = ErrorsOf(text);

        Assert.Equal(
            [
                (ValueOf(text, "id"), "id 'Bad_Id' must be lower-kebab-case: lower-case letters and digits joined by single hyphens (for example 'united-states')"),
                (ValueOf(text, "memberOf"), "'north' is a member of 'south', which is (through memberOf) a member of 'north': membership must not go round in a circle"),
                (ValueOf(text, "memberOf", "id: south"), "'south' is a member of 'north', which is (through memberOf) a member of 'south': membership must not go round in a circle"),
                (ValueOf(text, "quote"), "the stance of 'south' on 'land' is 'assumed' but has a quote; if the article says it, make it 'stated' or 'implied'"),
                (ValueOf(text, "position", "actor: north"), "the position of 'north' on 'land' (50) lies outside its own red line [60, 100]"),
            ],
            errors.Select(e => ((e.Location.Line, e.Location.Column), e.Message)));
    }

    [Fact]
    public void A_stance_stated_or_implied_without_a_quote_says_which_it_is()
    {
        var stated = AssumedStance("state", string.Empty).Replace("confidence: assumed", "confidence: stated", StringComparison.Ordinal);
        var implied = AssumedStance("other", string.Empty).Replace("confidence: assumed", "confidence: implied", StringComparison.Ordinal);

        var errors = ErrorsOf(World(Actor("state", "state") + Actor("other", "state"), stated + implied));

        Assert.Equal(
            [
                "the stance of 'state' on 'land' is 'stated', so it needs a 'quote' from the article; if the article is silent, make it 'assumed' and give an 'assumption'",
                "the stance of 'other' on 'land' is 'implied', so it needs a 'quote' from the article; if the article is silent, make it 'assumed' and give an 'assumption'",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void A_red_line_or_a_tie_missing_one_part_gives_that_one_error_only()
    {
        var errors = ErrorsOf(World(
            Actor("state", "state") + Actor("other", "state"),
            AssumedStance("state", "    redLine: { minimum: 10 }\n"),
            "  - { listener: state, weight: 0.5 }\n"));

        Assert.Equal(
            ["the red line of 'state' on 'land' is missing 'maximum'", "tie #1 is missing 'speaker'"],
            errors.Select(e => e.Message));
    }
}
