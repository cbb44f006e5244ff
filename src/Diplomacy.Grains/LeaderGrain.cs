using Diplomacy.Contracts;
using Diplomacy.Grains.State;
using Orleans.Runtime;

namespace Diplomacy.Grains;

/// <summary>A person. Its government and allies pull on it through influence, applied by the run.</summary>
public sealed class LeaderGrain(
    [PersistentState("actor", RunStorage.Name)] IPersistentState<ActorState> state)
    : ActorGrain(state), ILeaderGrain;
