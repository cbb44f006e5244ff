using Diplomacy.Contracts.Messages;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests;

[Collection(OneSiloCollection.Name)]
public sealed class ActorGrainTests(OneSiloCluster fixture)
{
    [Fact]
    public async Task A_retried_move_is_applied_once()
    {
        var trump = await TestGrains.SetUpAsync(fixture.Client, "actor-retried", "trump");
        var order = new PositionOrder(new StepStamp(1, 2), [new TermValue(TestScenarios.Ceasefire, 50)], MovesAnchor: false);

        var first = await trump.MoveTo(order);
        var retried = await trump.MoveTo(order);
        var older = await trump.MoveTo(order with { Stamp = new StepStamp(1, 1), Positions = [new TermValue(TestScenarios.Ceasefire, 10)] });

        Assert.Equal(first, retried);
        Assert.Empty(older);
        var now = (await trump.GetSnapshot()).Find(TestScenarios.Ceasefire)!;
        Assert.Equal(50, now.Position);
        Assert.Equal(90, now.Anchor);
    }

    [Fact]
    public async Task A_shock_is_clamped_to_the_scale_and_moves_the_anchor_too()
    {
        var trump = await TestGrains.SetUpAsync(fixture.Client, "actor-shock", "trump");

        var change = await trump.ApplyShock(new ShockOrder(new StepStamp(1, 1), TestScenarios.Ceasefire, Set: null, Shift: 25));
        var retried = await trump.ApplyShock(new ShockOrder(new StepStamp(1, 1), TestScenarios.Ceasefire, Set: null, Shift: 25));

        Assert.Equal(new PositionChange("trump", TestScenarios.Ceasefire, 90, 100), change);
        Assert.Equal(change, retried);
        var now = (await trump.GetSnapshot()).Find(TestScenarios.Ceasefire)!;
        Assert.Equal((100.0, 100.0), (now.Position, now.Anchor));
    }

    [Fact]
    public async Task Setting_up_twice_keeps_the_first_setup_and_where_the_actor_stands()
    {
        var trump = await TestGrains.SetUpAsync(fixture.Client, "actor-setup-twice", "trump");
        await trump.MoveTo(new PositionOrder(new StepStamp(1, 1), [new TermValue(TestScenarios.Ceasefire, 40)], MovesAnchor: true));

        await TestGrains.SetUpAsync(fixture.Client, "actor-setup-twice", "trump");

        Assert.Equal(40, (await trump.GetSnapshot()).Find(TestScenarios.Ceasefire)!.Position);
    }
}
