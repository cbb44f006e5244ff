using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// What a run grain persists, written once at every round boundary (and when the epoch changes):
/// the plan, how far the run has got, where every actor stands with its anchors, the protocol's
/// state (open talks, exclusions, agreements, the forums' ranges), the next sequence number, and the
/// completed rounds the client has not fetched yet. Actor and forum grains hold no state of their
/// own that this does not cover, so a run resumed from it on another silo plays on identically.
/// </summary>
[GenerateSerializer, Alias("diplomacy.run-state")]
public sealed class RunState
{
    [Id(0)]
    public RunPlan? Plan { get; set; }

    [Id(1)]
    public RunStatus Status { get; set; }

    /// <summary>Raised whenever the run is taken over (a new activation) or a round is replayed; grains refuse orders from older epochs.</summary>
    [Id(2)]
    public long Epoch { get; set; }

    /// <summary>The last round whose results are persisted; −1 before the seeds (round 0) are.</summary>
    [Id(3)]
    public int CompletedRound { get; set; } = -1;

    /// <summary>The <c>seq</c> the next trace event gets.</summary>
    [Id(4)]
    public long NextSeq { get; set; } = 1;

    /// <summary>Every actor's positions and anchors after <see cref="CompletedRound"/>, in plan order.</summary>
    [Id(5)]
    public List<ActorSnapshot> Actors { get; set; } = [];

    [Id(6)]
    public List<TalksState> OpenTalks { get; set; } = [];

    [Id(7)]
    public List<string> Excluded { get; set; } = [];

    [Id(8)]
    public List<Agreement> Agreements { get; set; } = [];

    [Id(9)]
    public List<ForumRanges> Ranges { get; set; } = [];

    /// <summary>Completed rounds not yet acknowledged by the client, in order.</summary>
    [Id(10)]
    public List<RoundRecord> Unfetched { get; set; } = [];

    [Id(11)]
    public RunSummary? Summary { get; set; }

    [Id(12)]
    public string? Failure { get; set; }

    /// <summary>Waiting for <c>Step</c> or <c>Resume</c> before the next round.</summary>
    [Id(13)]
    public bool Paused { get; set; }

    /// <summary>Rounds a paused run has been stepped but has not played yet.</summary>
    [Id(14)]
    public int StepsOwed { get; set; }

    /// <summary>The run span's W3C trace context, so rounds played after a resume join the run's trace.</summary>
    [Id(15)]
    public string? RunSpan { get; set; }
}

/// <summary>A counter-offer waiting for its answer, as persisted; <paramref name="Origin"/> is the plan index of the proposal that opened the talks (−1 for none).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.talks-state")]
public sealed record TalksState(
    [property: Id(0)] string Offerer,
    [property: Id(1)] string Answerer,
    [property: Id(2)] IReadOnlyList<TermValue> Terms,
    [property: Id(3)] int Origin = -1);

/// <summary>The ranges Δ a forum has fixed, as persisted.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.forum-ranges")]
public sealed record ForumRanges([property: Id(0)] string Forum, [property: Id(1)] IReadOnlyList<IssueRange> Ranges);
