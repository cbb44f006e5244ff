using Diplomacy.Model.Influence;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.Influence;

public sealed class FriedkinJohnsenTests
{
    private static readonly string[] Actors = ["head", "minister", "ally", "loner"];

    private static readonly InfluenceTie[] Ties =
    [
        new("minister", "head", 3), new("minister", "minister", 1),
        new("ally", "head", 1), new("ally", "ally", 1), new("ally", "minister", 2),
        new("head", "ally", 1), new("head", "head", 4),
    ];

    [Fact]
    public void Ties_are_summed_and_normalised_per_listener_and_a_listener_without_ties_hears_itself()
    {
        var model = new FriedkinJohnsen(Actors, [0.5, 0.8, 0.6, 0.9], [.. Ties, new InfluenceTie("minister", "head", 1)]);

        Assert.Equal(0.8, model.Influence(1, 0), 1e-15);
        Assert.Equal(0.2, model.Influence(1, 1), 1e-15);
        Assert.Equal(0.5, model.Influence(2, 1), 1e-15);
        Assert.Equal(1.0, model.Influence(3, 3));
    }

    [Fact]
    public void One_step_is_lambda_w_x_plus_one_minus_lambda_x0()
    {
        var model = new FriedkinJohnsen(Actors, [0.5, 0.8, 0.6, 0.9], Ties);
        double[] start = [80, 40, 10, 55];

        var next = model.Step(start, start);

        Assert.Equal((0.5 * ((0.8 * 80) + (0.2 * 10))) + (0.5 * 80), next[0], 1e-12);
        Assert.Equal((0.8 * ((0.75 * 80) + (0.25 * 40))) + (0.2 * 40), next[1], 1e-12);
        Assert.Equal((0.6 * ((0.25 * 80) + (0.5 * 40) + (0.25 * 10))) + (0.4 * 10), next[2], 1e-12);
        Assert.Equal(55, next[3], 1e-12);
    }

    [Fact]
    public void Iterating_converges_to_the_closed_form_fixed_point()
    {
        var model = new FriedkinJohnsen(Actors, [0.5, 0.8, 0.6, 0.9], Ties);
        double[] start = [80, 40, 10, 55];

        var fixedPoint = model.FixedPoint(start)!;
        var x = start;
        for (var t = 0; t < 500; t++)
        {
            x = model.Step(x, start);
        }

        Assert.Equal(fixedPoint, x, (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(fixedPoint, model.Step(fixedPoint, start), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [Fact]
    public void Random_networks_reach_their_fixed_point()
    {
        var random = new Random(42);
        for (var trial = 0; trial < 20; trial++)
        {
            var n = random.Next(2, 12);
            var ids = Enumerable.Range(0, n).Select(i => $"a{i}").ToArray();
            var ties = Enumerable.Range(0, n * 3).Select(_ => new InfluenceTie(ids[random.Next(n)], ids[random.Next(n)], random.NextDouble())).ToArray();
            var susceptibility = ids.Select(_ => 0.1 + (0.8 * random.NextDouble())).ToArray();
            var start = ids.Select(_ => random.NextDouble() * 100).ToArray();
            var model = new FriedkinJohnsen(ids, susceptibility, ties);

            var x = start;
            for (var t = 0; t < 400; t++)
            {
                x = model.Step(x, start);
            }

            Assert.Equal(model.FixedPoint(start)!, x, (a, b) => Math.Abs(a - b) < 1e-8);
        }
    }

    [Fact]
    public void With_nobody_stubborn_it_is_DeGroot_averaging_to_consensus_and_has_no_closed_form()
    {
        string[] ids = ["a", "b", "c"];
        InfluenceTie[] ties = [new("a", "b", 1), new("a", "a", 1), new("b", "c", 1), new("b", "b", 1), new("c", "a", 1), new("c", "c", 1)];
        var model = new FriedkinJohnsen(ids, [1, 1, 1], ties);
        double[] start = [0, 30, 90];

        var x = start;
        for (var t = 0; t < 300; t++)
        {
            x = model.Step(x, start);
        }

        // This W is doubly stochastic, so the consensus is the plain average.
        Assert.All(x, v => Assert.Equal(40, v, 1e-9));
        Assert.Null(model.FixedPoint(start));
    }

    [Fact]
    public void Builds_from_world_actors()
    {
        var actors = new[]
        {
            new Actor("usa", "United States", ActorKind.State, "state", null, 1, 0.3),
            new Actor("trump", "Donald Trump", ActorKind.Leader, "president", "usa", 1, 0.1),
        };

        var model = FriedkinJohnsen.ForWorld(actors, [new InfluenceTie("usa", "trump", 1)]);

        Assert.Equal((0.3 * 80) + (0.7 * 50), model.Step([50, 80], [50, 80])[0], 1e-12);
        Assert.Throws<ArgumentException>(() => FriedkinJohnsen.ForWorld(actors, [new InfluenceTie("usa", "nobody", 1)]));
    }

    [Fact]
    public void Bad_actors_susceptibilities_and_ties_are_rejected_by_name()
    {
        string[] two = ["a", "b"];

        Assert.StartsWith("expected 2 susceptibilities, got 1", Assert.Throws<ArgumentException>(() => new FriedkinJohnsen(two, [0.5], [])).Message, StringComparison.Ordinal);
        Assert.StartsWith("actor 'a' is listed twice", Assert.Throws<ArgumentException>(() => new FriedkinJohnsen(["a", "a"], [0.5, 0.5], [])).Message, StringComparison.Ordinal);
        foreach (var susceptibility in new[] { -0.01, 1.01, double.NaN })
        {
            Assert.StartsWith("b: susceptibility must be in [0, 1]", Assert.Throws<ArgumentException>(() => new FriedkinJohnsen(two, [0.5, susceptibility], [])).Message, StringComparison.Ordinal);
        }

        Assert.StartsWith("tie nobody <- a names an unknown actor", Assert.Throws<ArgumentException>(() => new FriedkinJohnsen(two, [0.5, 0.5], [new InfluenceTie("nobody", "a", 1)])).Message, StringComparison.Ordinal);
        foreach (var weight in new[] { -0.01, double.NaN, double.PositiveInfinity })
        {
            Assert.StartsWith("tie a <- b: weight must be finite and non-negative", Assert.Throws<ArgumentException>(() => new FriedkinJohnsen(two, [0.5, 0.5], [new InfluenceTie("a", "b", weight)])).Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentNullException>(() => new FriedkinJohnsen(null!, [], []));
        Assert.Throws<ArgumentNullException>(() => new FriedkinJohnsen([], null!, []));
        Assert.Throws<ArgumentNullException>(() => new FriedkinJohnsen([], [], null!));
        Assert.Throws<ArgumentNullException>(() => FriedkinJohnsen.ForWorld(null!, []));
    }

    [Fact]
    public void The_edges_of_the_ranges_are_accepted_and_zero_weight_ties_leave_a_listener_hearing_itself()
    {
        var model = new FriedkinJohnsen(["a", "b"], [0, 1], [new InfluenceTie("a", "b", 0), new InfluenceTie("b", "a", 0)]);

        Assert.Equal(1.0, model.Influence(0, 0));
        Assert.Equal(0.0, model.Influence(0, 1));
        Assert.Equal(1.0, model.Influence(1, 1));
        Assert.Equal(["a", "b"], model.Actors);
    }

    [Fact]
    public void Vectors_of_the_wrong_length_are_rejected()
    {
        var model = new FriedkinJohnsen(Actors, [0.5, 0.8, 0.6, 0.9], Ties);
        double[] four = [1, 2, 3, 4];

        Assert.StartsWith("expected 4 values, got 3", Assert.Throws<ArgumentException>(() => model.Step([1, 2, 3], four)).Message, StringComparison.Ordinal);
        Assert.Equal("initial", Assert.Throws<ArgumentException>(() => model.Step(four, [1, 2, 3])).ParamName);
        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => model.Step(null!, four)).ParamName);
        Assert.Throws<ArgumentException>(() => model.FixedPoint([1]));
    }
}
