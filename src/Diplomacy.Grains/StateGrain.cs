using Diplomacy.Contracts;
using Diplomacy.Grains.State;
using Orleans.Runtime;

namespace Diplomacy.Grains;

/// <summary>
/// A state or organisation. Its stance is anchored on its own seeded stance and pulled toward
/// its leaders' by influence, so it ends as their influence-weighted combination.
/// </summary>
public sealed class StateGrain(
    [PersistentState("actor", RunStorage.Name)] IPersistentState<ActorState> state)
    : ActorGrain(state), IStateGrain;
