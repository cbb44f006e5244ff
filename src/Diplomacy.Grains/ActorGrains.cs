using Diplomacy.Contracts;

namespace Diplomacy.Grains;

/// <summary>
/// The actor grains of one run, by actor id, each reference made once. Orleans works out the grain
/// interface's type on every <c>GetGrain</c> call, and a baseline run asks for an actor's grain
/// hundreds of times: that was 15 % of the run's CPU (docs/performance.md).
/// </summary>
/// <remarks>Used from one grain's turns only, which never run at once, so it needs no lock.</remarks>
internal sealed class ActorGrains(IGrainFactory grains, string runKey)
{
    private readonly Dictionary<string, IActorGrain> _references = new(StringComparer.Ordinal);

    public IActorGrain Of(string actor)
    {
        if (!_references.TryGetValue(actor, out var reference))
        {
            reference = grains.GetGrain<IActorGrain>(GrainKeys.Actor(runKey, actor));
            _references.Add(actor, reference);
        }

        return reference;
    }
}
