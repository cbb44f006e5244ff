using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>Sets actor grains up directly, for tests that drive one grain method at a time.</summary>
public static class TestGrains
{
    public const long Epoch = 1;

    public static IActorGrain Actor(IGrainFactory grains, string runKey, string actorId) =>
        grains.GetGrain<IActorGrain>(GrainKeys.Actor(runKey, actorId));

    public static ActorSetup SetupOf(string actorId, int deadline = 3, double beta = 0.2)
    {
        var actor = TestScenarios.World.FindActor(actorId)!;
        var stances = TestScenarios.World.Stances
            .Where(s => s.Actor == actorId)
            .Select(s => new IssueStance(s.Issue, s.Position, s.Salience, s.Resolve, s.RedLine?.Minimum, s.RedLine?.Maximum))
            .ToList();
        var kind = actor.Kind == Model.World.ActorKind.Leader ? ActorKind.Leader : ActorKind.State;
        return new ActorSetup(actorId, kind, actor.MemberOf, actor.Capability, actor.Susceptibility, stances, beta, deadline);
    }

    /// <summary>The actor at its seeds, at <paramref name="epoch"/>, as a run sets it up before round 1.</summary>
    public static async Task<IActorGrain> SetUpAsync(IGrainFactory grains, string runKey, string actorId, int deadline = 3, double beta = 0.2, long epoch = Epoch)
    {
        var setup = SetupOf(actorId, deadline, beta);
        var grain = Actor(grains, runKey, actorId);
        await grain.Restore(new ActorRestore(epoch, setup, Seeds(setup)));
        return grain;
    }

    public static IReadOnlyList<IssuePosition> Seeds(ActorSetup setup) =>
        [.. setup.Stances.Select(s => new IssuePosition(s.Issue, s.Position, s.Position, s.Salience))];
}
