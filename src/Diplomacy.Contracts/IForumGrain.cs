using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts;

/// <summary>
/// A multilateral table. Each sitting it takes a snapshot of its members, lets each member
/// choose its move with the expected-utility model, and applies all moves at once, so the
/// outcome equals the pure model's whole round whatever the order the answers come back in.
/// </summary>
[Alias("diplomacy.IForumGrain")]
public interface IForumGrain : IGrainWithStringKey
{
    [Alias("Sit")]
    Task<ForumOutcome> Sit(ForumSitting sitting);

    /// <summary>The run is over: forgets its stored state.</summary>
    [Alias("Retire")]
    Task Retire();
}
