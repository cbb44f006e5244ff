using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts;

/// <summary>
/// What every actor grain answers, leader or state: its stances, proposals put to it, its own
/// expected-utility move in a forum, and changes of position ordered by the run. Every change
/// carries a <see cref="StepStamp"/> and is applied once, so a call retried after a silo crash
/// does not move a stance twice.
/// </summary>
[Alias("diplomacy.IActorGrain")]
public interface IActorGrain : IGrainWithStringKey
{
    /// <summary>Gives the actor its seeded stances; calling it again with the same setup changes nothing.</summary>
    [Alias("Setup")]
    Task Setup(ActorSetup setup);

    [Alias("GetSnapshot")]
    Task<ActorSnapshot> GetSnapshot();

    /// <summary>An outside event sets or shifts one stance; it becomes the actor's own position.</summary>
    [Alias("ApplyShock")]
    Task<PositionChange> ApplyShock(ShockOrder order);

    /// <summary>Values a proposal and answers accept, reject or counter, with the reason. Changes nothing.</summary>
    [Alias("Answer")]
    Task<ProposalAnswer> Answer(Proposal proposal);

    /// <summary>This actor's expected-utility move on one issue, given the forum's snapshot and risk exponents.</summary>
    [Alias("ChooseMove")]
    Task<MoveChoice> ChooseMove(IssueSnapshot snapshot, int index);

    /// <summary>Moves stances to the given positions (agreed terms, forum moves or influence).</summary>
    [Alias("MoveTo")]
    Task<IReadOnlyList<PositionChange>> MoveTo(PositionOrder order);

    /// <summary>The run is over: forgets its stored state, so a long-lived cluster does not fill up with finished runs.</summary>
    [Alias("Retire")]
    Task Retire();
}
