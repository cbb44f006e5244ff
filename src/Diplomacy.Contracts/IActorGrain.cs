using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts;

/// <summary>
/// One actor of a run — state, organisation or leader, its kind in its setup. It holds its stances
/// in memory, puts proposals to other actors' grains on the run's order, answers proposals put to
/// it through its answer policy, chooses its own forum moves, and applies the changes it is told
/// of. Every order carries the run's epoch and is refused (<see cref="EpochRefusedException"/>)
/// when it is older than the grain's, or when the grain has no state for the run: the run then
/// restores every actor from its last complete round and plays the round again.
/// </summary>
[Alias("diplomacy.IActorGrain")]
public interface IActorGrain : IGrainWithStringKey
{
    /// <summary>Sets the actor up, or puts it back, at the run's epoch: setup, positions and anchors.</summary>
    [Alias("Restore")]
    Task Restore(ActorRestore restore);

    [Alias("GetSnapshot")]
    Task<ActorSnapshot> GetSnapshot(long epoch);

    /// <summary>
    /// An outside event sets or shifts one stance; it becomes the actor's own position. It stops at
    /// the actor's red line unless the order says the line breaks (then the line binds no more).
    /// </summary>
    [Alias("Shock")]
    Task<ShockResult> Shock(ShockOrder order);

    /// <summary>
    /// Puts terms to another actor's grain and acts on its answer: on acceptance this actor commits
    /// its own side (the recipient has committed its side). Returns the answer and both sides' changes.
    /// </summary>
    [Alias("Propose")]
    Task<ExchangeOutcome> Propose(ProposeOrder order);

    /// <summary>
    /// A proposal from another actor's grain: answered through this actor's answer policy. On
    /// acceptance this actor commits to the terms before it answers.
    /// </summary>
    [Alias("Receive")]
    Task<ReceivedAnswer> Receive(ProposalDelivery delivery);

    /// <summary>This actor's expected-utility move on one issue of a forum round, stopped at its red line.</summary>
    [Alias("ChooseMove")]
    Task<MoveChoice> ChooseMove(SeatRound seat);

    /// <summary>Moves stances to the given positions (its forum moves, or influence).</summary>
    [Alias("MoveTo")]
    Task<IReadOnlyList<PositionChange>> MoveTo(PositionOrder order);

    /// <summary>The run is over: the grain deactivates and forgets the run.</summary>
    [Alias("Retire")]
    Task Retire();
}
