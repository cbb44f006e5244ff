using Diplomacy.Contracts.Classroom;
using Diplomacy.Contracts.Interventions;
using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Trace;

/// <summary>A student seated at the answering actor answered; <paramref name="ModelDecision"/> is what the model would have answered.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.person-answer")]
public sealed record PersonAnswerReason([property: Id(0)] string Student, [property: Id(1)] Decision ModelDecision) : TraceReason;

/// <summary>
/// The student seated at the answering actor did not answer — the timer of <paramref name="Seconds"/>
/// ran out (<see cref="QuestionState.Expired"/>) or they left the seat (<see cref="QuestionState.Withdrawn"/>) —
/// so the model answered, for <paramref name="ModelReason"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.unanswered")]
public sealed record UnansweredReason(
    [property: Id(0)] string Student,
    [property: Id(1)] QuestionState State,
    [property: Id(2)] int Seconds,
    [property: Id(3)] TraceReason ModelReason) : TraceReason;

/// <summary>The proposal was made in class by <paramref name="Student"/>, seated at the proposer.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.person-proposal")]
public sealed record PersonProposalReason([property: Id(0)] string Student) : TraceReason;

/// <summary>The teacher's lever set the actor's <paramref name="Aspect"/> on the issue from <paramref name="From"/> to <paramref name="To"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.stance-lever")]
public sealed record StanceLeverReason(
    [property: Id(0)] StanceAspect Aspect,
    [property: Id(1)] double From,
    [property: Id(2)] double To) : TraceReason;

/// <summary>The teacher's lever: an outside event shifted the stance by <paramref name="Shift"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.shock-lever")]
public sealed record ShockLeverReason([property: Id(0)] double Shift) : TraceReason;

/// <summary>The teacher's lever included or excluded the actor; what that did to its seat.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.seating-lever")]
public sealed record SeatingLeverReason([property: Id(0)] SeatingChange Change) : TraceReason;
