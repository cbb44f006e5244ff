using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts;

/// <summary>
/// A multilateral table. Each sitting it takes a snapshot of its members, computes per issue what
/// the members' choices share once, lets each member choose its own move, and applies all moves at
/// once, so the outcome equals the pure model's whole round whatever the order the answers come back
/// in. It keeps nothing between sittings: the ranges it fixes travel back to the run.
/// </summary>
[Alias("diplomacy.IForumGrain")]
public interface IForumGrain : IGrainWithStringKey
{
    [Alias("Sit")]
    Task<ForumOutcome> Sit(ForumSitting sitting);

    /// <summary>The run is over: the grain deactivates.</summary>
    [Alias("Retire")]
    Task Retire();
}
