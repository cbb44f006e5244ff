using Diplomacy.Contracts.Messages;

namespace Diplomacy.Grains.State;

/// <summary>
/// What a forum persists: each issue's range Δ, fixed at the issue's first sitting as the
/// expected-utility model requires, and the last sitting's outcome, so a retried sitting
/// re-sends the same moves instead of computing new ones from already-moved stances.
/// </summary>
[GenerateSerializer, Alias("diplomacy.forum-state")]
public sealed class ForumState
{
    [Id(0)]
    public List<IssueRange> Ranges { get; set; } = [];

    [Id(1)]
    public StepStamp LastSitting { get; set; } = StepStamp.None;

    [Id(2)]
    public ForumOutcome? LastOutcome { get; set; }
}
