using Diplomacy.Model.Influence;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Influence;

/// <summary>Who listens to whom: the world's ties among the actors in the network, and nothing else.</summary>
public sealed class InfluenceNetworkTests
{
    private static readonly Actor[] Actors =
    [
        new("usa", "United States", ActorKind.State, "state", null, 1.0, 0.3),
        new("trump", "Trump", ActorKind.Leader, "president", "usa", 0.9, 0.2),
        new("rubio", "Rubio", ActorKind.Leader, "secretary", "usa", 0.4, 0.6),
        new("eu", "EU", ActorKind.Organisation, "bloc", null, 0.7, 0.3),
    ];

    [Fact]
    public void The_network_normalises_the_world_ties_and_ignores_actors_outside_it()
    {
        InfluenceTie[] world = [new("trump", "usa", 3), new("rubio", "trump", 2), new("rubio", "usa", 1), new("eu", "absent", 5)];

        var network = InfluenceNetwork.Build(Actors, world);

        // rubio hears trump (2) and usa (1): 2/3 and 1/3.
        Assert.Equal(2.0 / 3, network.Influence(2, 1), 15);
        Assert.Equal(1.0 / 3, network.Influence(2, 0), 15);
        Assert.Equal([new Speaker("trump", 2.0 / 3), new Speaker("usa", 1.0 / 3)], network.SpeakersOf(2));

        // eu listens to no one in the network, so it hears only itself.
        Assert.Equal(1.0, network.Influence(3, 3));
        Assert.Empty(network.SpeakersOf(3));
    }

    [Fact]
    public void Membership_adds_no_tie_of_its_own()
    {
        var network = InfluenceNetwork.Build(Actors, [new InfluenceTie("trump", "usa", 3)]);

        // usa is what trump and rubio are members of, yet with no tie in the world it hears only itself.
        Assert.Equal(1.0, network.Influence(0, 0));
        Assert.Empty(network.SpeakersOf(0));
        Assert.Empty(network.SpeakersOf(2));
    }
}
