using Diplomacy.Contracts.Messages;

namespace Diplomacy.Contracts.Classroom;

/// <summary>The run a room plays now (its run grain's key), the run's actors (world order), and the answer timer.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.room-setup")]
public sealed record RoomSetup(
    [property: Id(0)] string RunKey,
    [property: Id(1)] IReadOnlyList<string> Actors,
    [property: Id(2)] int AnswerSeconds);

/// <summary>
/// A student asks for <paramref name="Actor"/>'s seat. <paramref name="StudentKey"/> is the secret the
/// server gave the student's browser (never shown to others); <paramref name="Student"/> their name.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.seat-claim")]
public sealed record SeatClaim(
    [property: Id(0)] string Actor,
    [property: Id(1)] string StudentKey,
    [property: Id(2)] string Student);

/// <summary>Whether a request from a browser was carried out, and if not, why, in words for the page.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.room-reply")]
public sealed record RoomReply([property: Id(0)] string? Refusal)
{
    public static RoomReply Done { get; } = new((string?)null);

    public bool Succeeded => Refusal is null;

    public static RoomReply Refused(string refusal) => new(refusal);
}

/// <summary>Who sits at an actor: the student's name, and their key (for the server, which never sends it to a browser other than theirs).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.seat")]
public sealed record Seat(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Student,
    [property: Id(2)] string StudentKey);

/// <summary>
/// The room at one version: its run, its seats (world order), the questions open now, and the timer.
/// <paramref name="Version"/> grows with every change.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.room-view")]
public sealed record RoomView(
    [property: Id(0)] long Version,
    [property: Id(1)] string? RunKey,
    [property: Id(2)] IReadOnlyList<Seat> Seats,
    [property: Id(3)] IReadOnlyList<OpenQuestion> Questions,
    [property: Id(4)] int AnswerSeconds);

/// <summary>
/// What a seated student is shown when a proposal reaches their actor: everything the model's
/// policy sees — the proposal, its utility to the actor, the actor's aspiration this round, the
/// actor's stances with their red lines, where it stands now, and the model's own answer.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.person-question")]
public sealed record PersonQuestion(
    [property: Id(0)] string RunKey,
    [property: Id(1)] Proposal Proposal,
    [property: Id(2)] double Utility,
    [property: Id(3)] double Aspiration,
    [property: Id(4)] IReadOnlyList<IssueStance> Stances,
    [property: Id(5)] IReadOnlyList<IssuePosition> Positions,
    [property: Id(6)] ProposalAnswer ModelAnswer);

/// <summary>A question waiting for a seated student, and until when (the room's clock, never written to a trace).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.open-question")]
public sealed record OpenQuestion(
    [property: Id(0)] long Id,
    [property: Id(1)] string Student,
    [property: Id(2)] string StudentKey,
    [property: Id(3)] PersonQuestion Question,
    [property: Id(4)] DateTimeOffset Deadline);

/// <summary>
/// The room's answer to <see cref="IRoomGrain.Ask"/>: null <paramref name="Student"/> when nobody sits
/// at the actor (the model answers at once); otherwise the question's id, who sits there, and how long they have.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.question-ticket")]
public sealed record QuestionTicket(
    [property: Id(0)] long Question,
    [property: Id(1)] string? Student,
    [property: Id(2)] int AnswerSeconds);

/// <summary>A student's answer: accept or reject (no terms), or counter with their own terms.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.person-reply")]
public sealed record PersonReply(
    [property: Id(0)] Decision Decision,
    [property: Id(1)] IReadOnlyList<TermValue> CounterTerms);

/// <summary>Where a question stands; <paramref name="Reply"/> once the student has answered.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.question-outcome")]
public sealed record QuestionOutcome(
    [property: Id(0)] QuestionState State,
    [property: Id(1)] PersonReply? Reply);

[GenerateSerializer, Alias("diplomacy.question-state")]
public enum QuestionState
{
    /// <summary>Waiting for the student.</summary>
    Open,

    Answered,

    /// <summary>The timer ran out: the model answers.</summary>
    Expired,

    /// <summary>The student left the seat, or the room was reset or closed: the model answers.</summary>
    Withdrawn,
}
