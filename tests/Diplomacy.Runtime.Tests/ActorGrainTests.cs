using Diplomacy.Contracts.Messages;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests;

[Collection(OneSiloCollection.Name)]
public sealed class ActorGrainTests(OneSiloCluster fixture)
{
    [Fact]
    public async Task An_order_from_an_older_epoch_is_refused_and_changes_nothing()
    {
        var trump = await TestGrains.SetUpAsync(fixture.Client, "actor-stale", "trump", epoch: 2);

        await Assert.ThrowsAsync<EpochRefusedException>(() => trump.MoveTo(new PositionOrder(1, [new TermValue(TestScenarios.Ceasefire, 10)], MovesAnchor: true)));
        await Assert.ThrowsAsync<EpochRefusedException>(() => trump.Shock(new ShockOrder(1, TestScenarios.Ceasefire, Set: 0, Shift: null)));
        await Assert.ThrowsAsync<EpochRefusedException>(() => trump.Restore(new ActorRestore(1, TestGrains.SetupOf("trump"), [])));

        var now = (await trump.GetSnapshot(2)).Find(TestScenarios.Ceasefire)!;
        Assert.Equal((90.0, 90.0), (now.Position, now.Anchor));
    }

    [Fact]
    public async Task A_grain_with_no_state_for_the_run_refuses_every_order()
    {
        // What a grain re-activated on a survivor after its silo was lost looks like: never restored.
        var lost = TestGrains.Actor(fixture.Client, "actor-lost", "trump");

        await Assert.ThrowsAsync<EpochRefusedException>(() => lost.GetSnapshot(1));
        await Assert.ThrowsAsync<EpochRefusedException>(() => lost.Propose(new ProposeOrder(1, 1, "putin", [new TermValue(TestScenarios.Ceasefire, 50)])));
    }

    [Fact]
    public async Task A_shock_is_clamped_to_the_scale_and_moves_the_anchor_too()
    {
        var trump = await TestGrains.SetUpAsync(fixture.Client, "actor-shock", "trump");

        var result = await trump.Shock(new ShockOrder(TestGrains.Epoch, TestScenarios.Ceasefire, Set: null, Shift: 25));

        Assert.Equal(new ShockResult(new PositionChange("trump", TestScenarios.Ceasefire, 90, 100), 100, ShockEffect.Inside), result);
        var now = (await trump.GetSnapshot(TestGrains.Epoch)).Find(TestScenarios.Ceasefire)!;
        Assert.Equal((100.0, 100.0), (now.Position, now.Anchor));
    }

    [Fact]
    public async Task Influence_moves_the_position_and_leaves_the_anchor_where_the_actor_put_it()
    {
        var trump = await TestGrains.SetUpAsync(fixture.Client, "actor-pulled", "trump");

        await trump.MoveTo(new PositionOrder(TestGrains.Epoch, [new TermValue(TestScenarios.Ceasefire, 60)], MovesAnchor: false));

        var now = (await trump.GetSnapshot(TestGrains.Epoch)).Find(TestScenarios.Ceasefire)!;
        Assert.Equal((60.0, 90.0), (now.Position, now.Anchor));
    }

    [Fact]
    public async Task A_restore_at_a_new_epoch_puts_the_actor_back_where_the_run_says()
    {
        var trump = await TestGrains.SetUpAsync(fixture.Client, "actor-restored", "trump");
        await trump.MoveTo(new PositionOrder(TestGrains.Epoch, [new TermValue(TestScenarios.Ceasefire, 40)], MovesAnchor: true));

        var setup = TestGrains.SetupOf("trump");
        await trump.Restore(new ActorRestore(TestGrains.Epoch + 1, setup, TestGrains.Seeds(setup)));

        Assert.Equal(90, (await trump.GetSnapshot(TestGrains.Epoch + 1)).Find(TestScenarios.Ceasefire)!.Position);
        await Assert.ThrowsAsync<EpochRefusedException>(() => trump.GetSnapshot(TestGrains.Epoch));
    }

    [Fact]
    public async Task A_proposal_goes_from_the_proposers_grain_to_the_recipients_and_an_acceptance_commits_both_sides()
    {
        const string runKey = "actor-propose";
        var trump = await TestGrains.SetUpAsync(fixture.Client, runKey, "trump");
        var zelensky = await TestGrains.SetUpAsync(fixture.Client, runKey, "zelensky");

        // Zelensky's own stance on both issues: utility 1, accepted at once.
        var outcome = await trump.Propose(new ProposeOrder(TestGrains.Epoch, 1, "zelensky", [new TermValue(TestScenarios.Ceasefire, 55), new TermValue(TestScenarios.Territory, 0)]));

        Assert.Equal(Decision.Accept, outcome.Answer.Decision);
        Assert.Equal([new PositionChange("trump", TestScenarios.Ceasefire, 90, 55), new PositionChange("trump", TestScenarios.Territory, 70, 0)], outcome.ProposerChanges);
        Assert.Equal([new PositionChange("zelensky", TestScenarios.Ceasefire, 55, 55), new PositionChange("zelensky", TestScenarios.Territory, 0, 0)], outcome.RecipientChanges);
        var committed = (await trump.GetSnapshot(TestGrains.Epoch)).Find(TestScenarios.Territory)!;
        Assert.Equal((0.0, 0.0), (committed.Position, committed.Anchor));
        Assert.Equal(55, (await zelensky.GetSnapshot(TestGrains.Epoch)).Find(TestScenarios.Ceasefire)!.Anchor);
    }

    [Fact]
    public async Task A_countered_proposal_commits_no_one()
    {
        const string runKey = "actor-countered";
        var trump = await TestGrains.SetUpAsync(fixture.Client, runKey, "trump");
        await TestGrains.SetUpAsync(fixture.Client, runKey, "putin");

        var outcome = await trump.Propose(new ProposeOrder(TestGrains.Epoch, 1, "putin", [new TermValue(TestScenarios.Ceasefire, 70)]));

        Assert.Equal(Decision.Counter, outcome.Answer.Decision);
        Assert.Empty(outcome.ProposerChanges);
        Assert.Empty(outcome.RecipientChanges);
        Assert.Equal(90, (await trump.GetSnapshot(TestGrains.Epoch)).Find(TestScenarios.Ceasefire)!.Position);
    }
}
