using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Model.World;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>Sets actor grains up directly, for tests that drive one grain method at a time.</summary>
public static class TestGrains
{
    public static IActorGrain Actor(IGrainFactory grains, string runKey, string actorId)
    {
        var actor = TestScenarios.World.FindActor(actorId)!;
        var key = GrainKeys.Actor(runKey, actorId);
        return actor.Kind is ActorKind.State or ActorKind.Organisation
            ? grains.GetGrain<IStateGrain>(key)
            : grains.GetGrain<ILeaderGrain>(key);
    }

    public static async Task<IActorGrain> SetUpAsync(IGrainFactory grains, string runKey, string actorId, int deadline = 3, double beta = 0.2)
    {
        var actor = TestScenarios.World.FindActor(actorId)!;
        var stances = TestScenarios.World.Stances
            .Where(s => s.Actor == actorId)
            .Select(s => new IssueStance(s.Issue, s.Position, s.Salience, s.Resolve, s.RedLine?.Minimum, s.RedLine?.Maximum))
            .ToList();
        var grain = Actor(grains, runKey, actorId);
        await grain.Setup(new ActorSetup(runKey, actorId, actor.Capability, actor.Susceptibility, stances, beta, deadline));
        return grain;
    }

    public static Seat SeatOf(string actorId) =>
        new(actorId, TestScenarios.World.FindActor(actorId)!.Kind is ActorKind.State or ActorKind.Organisation);
}
