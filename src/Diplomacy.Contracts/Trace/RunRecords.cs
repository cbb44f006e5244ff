using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Trace;

/// <summary>Terms two actors agreed on, and when; <paramref name="From"/> made the accepted offer.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.agreement")]
public sealed record Agreement(
    [property: Id(0)] int Round,
    [property: Id(1)] string From,
    [property: Id(2)] string To,
    [property: Id(3)] IReadOnlyList<TermValue> Terms);

/// <summary>
/// One completed round as the run publishes it: its events, every stance after it (round 0: the
/// seeds) as positions in the plan's stance order (<see cref="Plan.RunPlan.StanceOrder"/>), and the
/// events that come after the stances (the stop, and at the end of the run the talks that lapse).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.round-record")]
public sealed record RoundRecord(
    [property: Id(0)] int Round,
    [property: Id(1)] IReadOnlyList<TraceEvent> Events,
    [property: Id(2)] double[] Positions,
    [property: Id(3)] IReadOnlyList<TraceEvent> Closing);

/// <summary>How a finished run ended: rounds run, the stop condition that ended it (null if it ran all rounds), and what was agreed.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.run-summary")]
public sealed record RunSummary(
    [property: Id(0)] int RoundsRun,
    [property: Id(1)] TraceReason? StoppedBy,
    [property: Id(2)] IReadOnlyList<Agreement> Agreements);

[GenerateSerializer, Alias("diplomacy.run-status")]
public enum RunStatus
{
    /// <summary>Submitted, and playing rounds.</summary>
    Running,

    /// <summary>Waiting to be stepped or resumed.</summary>
    Paused,

    Finished,

    /// <summary>A fault the run could not get past; <see cref="RunProgress.Failure"/> says which. Nothing after the last published round is trusted.</summary>
    Failed,

    Cancelled,
}

/// <summary>
/// What a client gets when it asks for the rounds after the last one it has: the rounds completed
/// since (in order, possibly none yet), the run's status, and when it is over, its summary or failure.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.run-progress")]
public sealed record RunProgress(
    [property: Id(0)] RunStatus Status,
    [property: Id(1)] IReadOnlyList<RoundRecord> Rounds,
    [property: Id(2)] RunSummary? Summary,
    [property: Id(3)] string? Failure);

/// <summary>Where a run grain is active now: its silo and that silo's process, for diagnostics and fault tests.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.run-host")]
public sealed record RunHost([property: Id(0)] string Silo, [property: Id(1)] int ProcessId);
