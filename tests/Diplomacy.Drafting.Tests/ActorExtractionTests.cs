using Diplomacy.Model.World;

namespace Diplomacy.Drafting.Tests;

public sealed class ActorExtractionTests
{
    [Fact]
    public void A_titled_name_gives_a_person_with_role_and_the_state_of_the_title()
    {
        var draft = Draft("German Defense Minister Boris Pistorius criticized the plan.");

        var pistorius = Actor(draft, "pistorius");
        Assert.Equal(("Boris Pistorius", ActorKind.Leader, "German Defense Minister", "germany"), (pistorius.Name, pistorius.Kind, pistorius.Role, pistorius.MemberOf));
        Assert.Equal(ActorKind.State, Actor(draft, "germany").Kind);
    }

    [Fact]
    public void A_surname_and_the_title_with_its_state_refer_to_the_same_person()
    {
        var draft = Draft("President Donald Trump called Putin. Trump said talks would start. Zelenskyy thanked the U.S. president’s envoy.");

        var trump = Assert.Single(draft.Actors, a => a.Name.Contains("Trump", StringComparison.Ordinal));
        Assert.Equal("trump", trump.Id);
        Assert.Equal("united-states", trump.MemberOf);
        Assert.Equal(["President Donald Trump", "Trump", "U.S. president"], trump.Names);
    }

    [Fact]
    public void A_demonym_with_a_people_noun_is_the_state_and_a_capital_stands_for_it()
    {
        var draft = Draft("Ukrainian leaders remain wary. Kyiv may offer access to its minerals.");

        var ukraine = Assert.Single(draft.Actors);
        Assert.Equal("ukraine", ukraine.Id);
        Assert.Equal(["Ukrainian leaders", "Kyiv"], ukraine.Names);
    }

    [Fact]
    public void A_joint_statement_of_european_states_makes_one_group_with_european_leaders()
    {
        var draft = Draft("European leaders pushed back. A joint statement from France, Germany, the UK, and others stressed that “Europe must be part of any negotiations”.");

        var group = Actor(draft, "european-signatories");
        Assert.Equal(ActorKind.Organisation, group.Kind);
        Assert.Contains("France, Germany, United Kingdom", group.Role, StringComparison.Ordinal);
        Assert.All(["france", "germany", "united-kingdom"], id => Actor(draft, id));
    }

    [Fact]
    public void An_analyst_of_a_named_organisation_belongs_to_it()
    {
        var draft = Draft("Meanwhile, analysts like Mariia Zolkina of the Ilko Kucheriv Democratic Initiatives Foundation warned that NATO is weak.");

        var zolkina = Actor(draft, "zolkina");
        Assert.Equal(ActorKind.Analyst, zolkina.Kind);
        Assert.Equal("ilko-kucheriv-democratic-initiatives-foundation", zolkina.MemberOf);
        Assert.Equal(ActorKind.Organisation, Actor(draft, "ilko-kucheriv-democratic-initiatives-foundation").Kind);
        Assert.Equal("Western military alliance", Actor(draft, "nato").Role);
    }

    [Fact]
    public void Capitalised_words_without_a_cue_and_event_names_are_not_actors()
    {
        var draft = Draft("Mixed Reactions in Kyiv\nThe envoy will meet at the Munich Security Conference this week.");

        Assert.Equal(["ukraine"], draft.Actors.Select(a => a.Id));
    }

    [Fact]
    public void Actors_are_listed_states_first_then_organisations_then_people_each_in_order_of_first_mention()
    {
        var draft = Draft("NATO Secretary General Mark Rutte met Russian President Vladimir Putin in China.");

        Assert.Equal(["russia", "china", "nato", "rutte", "putin"], draft.Actors.Select(a => a.Id));
    }

    [Fact]
    public void An_article_naming_no_known_actor_drafts_no_actor()
    {
        Assert.Empty(Draft("The weather was fine and the market was busy.").Actors);
    }

    private static DraftWorld Draft(string text) => WorldDrafter.Draft(text, "article.txt");

    private static DraftActor Actor(DraftWorld draft, string id) =>
        draft.Actors.SingleOrDefault(a => a.Id == id) ?? throw new Xunit.Sdk.XunitException($"no actor '{id}' among {string.Join(", ", draft.Actors.Select(a => a.Id))}");
}
