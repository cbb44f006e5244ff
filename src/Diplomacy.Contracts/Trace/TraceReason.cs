namespace Diplomacy.Contracts.Trace;

/// <summary>
/// Why a trace event happened, as data: the model's numbers and the names involved, or the scenario's
/// own note. Words are made from it in one place, when output is written. Each kind is one record
/// in this folder; a new kind needs its words there too (a test checks that every kind has them).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason")]
public abstract record TraceReason;

/// <summary>The scenario file's free-text note on the event, passed through as written.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.note")]
public sealed record NoteReason([property: Id(0)] string Text) : TraceReason;

/// <summary>
/// An outside event set the stance to <paramref name="Set"/> or shifted it by <paramref name="Shift"/>;
/// <paramref name="Line"/> says how it met the actor's red line (null when the line did not come into it).
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.shock")]
public sealed record ShockReason([property: Id(0)] double? Set, [property: Id(1)] double? Shift, [property: Id(2)] ShockAtRedLine? Line) : TraceReason;

/// <summary>
/// A shock met the red line [<paramref name="Minimum"/>, <paramref name="Maximum"/>]: it broke the line
/// (<paramref name="Broke"/>), or stopped at its edge instead of <paramref name="Requested"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.shock-at-red-line")]
public sealed record ShockAtRedLine(
    [property: Id(0)] double Minimum,
    [property: Id(1)] double Maximum,
    [property: Id(2)] bool Broke,
    [property: Id(3)] double Requested);

/// <summary>What an exclude or include did to an actor's seat.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.seating")]
public sealed record SeatingReason([property: Id(0)] SeatingChange Change) : TraceReason;

[GenerateSerializer, Alias("diplomacy.seating-change")]
public enum SeatingChange
{
    Excluded,
    AlreadyExcluded,
    Included,
    WasNotExcluded,
}

/// <summary>A proposal was not delivered because <paramref name="Excluded"/> is excluded from the talks.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.undelivered")]
public sealed record UndeliveredReason([property: Id(0)] string Excluded) : TraceReason;

/// <summary>The offer names no issue <paramref name="Actor"/> holds a stance on.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.no-stance")]
public sealed record NoStanceReason([property: Id(0)] string Actor) : TraceReason;

/// <summary>The offer's <paramref name="Offered"/> position on <paramref name="Issue"/> lies outside <paramref name="Actor"/>'s red line.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.red-line")]
public sealed record RedLineReason(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Issue,
    [property: Id(2)] double Offered,
    [property: Id(3)] double Minimum,
    [property: Id(4)] double Maximum) : TraceReason;

/// <summary>The offer's utility against the aspiration in round <paramref name="Round"/> of <paramref name="Deadline"/>: met (accept) or not (counter).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.aspiration")]
public sealed record AspirationReason(
    [property: Id(0)] double Utility,
    [property: Id(1)] double Aspiration,
    [property: Id(2)] int Round,
    [property: Id(3)] int Deadline,
    [property: Id(4)] bool Met) : TraceReason;

/// <summary><paramref name="Offerer"/>'s counter-offer lapses unanswered because <paramref name="Excluded"/> is excluded.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.lapse-excluded")]
public sealed record ExcludedLapseReason([property: Id(0)] string Excluded, [property: Id(1)] string Offerer) : TraceReason;

/// <summary><paramref name="Offerer"/> would answer in <paramref name="AnswerRound"/>, after the concession deadline.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.lapse-deadline")]
public sealed record DeadlineLapseReason([property: Id(0)] string Offerer, [property: Id(1)] int AnswerRound, [property: Id(2)] int Deadline) : TraceReason;

/// <summary>The run ended after <paramref name="RoundsRun"/> rounds before <paramref name="Answerer"/> answered <paramref name="Offerer"/>'s counter-offer.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.lapse-run-end")]
public sealed record RunEndLapseReason([property: Id(0)] int RoundsRun, [property: Id(1)] string Answerer, [property: Id(2)] string Offerer) : TraceReason;

/// <summary><paramref name="Accepter"/> accepted <paramref name="Offerer"/>'s terms; both commit to them.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.agreement")]
public sealed record AgreementReason([property: Id(0)] string Accepter, [property: Id(1)] string Offerer) : TraceReason;

/// <summary>
/// A forum member's move and the model's numbers behind it; <paramref name="Towards"/> is null when
/// no offer was worth taking. <paramref name="Resolve"/> says how far the member's resolve let it go
/// and <paramref name="Held"/> where its red line stopped it.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.forum-move")]
public sealed record ForumMoveReason(
    [property: Id(0)] string Forum,
    [property: Id(1)] Messages.ForumMoveKind Kind,
    [property: Id(2)] string Actor,
    [property: Id(3)] string? Towards,
    [property: Id(4)] double? ExpectedUtilityOfChallenging,
    [property: Id(5)] double? ExpectedUtilityOfBeingChallenged,
    [property: Id(6)] double RiskExponent,
    [property: Id(7)] RedLineHold? Held,
    [property: Id(8)] ResolveHold? Resolve = null) : TraceReason;

/// <summary>
/// The member's resolve held its forum move to <paramref name="MaxStep"/> (from its
/// <paramref name="ResolveOf"/> and <paramref name="Salience"/>) instead of the model's <paramref name="Wanted"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.resolve-hold")]
public sealed record ResolveHold(
    [property: Id(0)] double MaxStep,
    [property: Id(1)] double ResolveOf,
    [property: Id(2)] double Salience,
    [property: Id(3)] double Wanted);

/// <summary>Whom the actor listens to (heaviest first), its susceptibility, and where its red line held it.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.influence")]
public sealed record InfluenceReason(
    [property: Id(0)] IReadOnlyList<SpeakerWeight> Speakers,
    [property: Id(1)] double Susceptibility,
    [property: Id(2)] RedLineHold? Held) : TraceReason;

/// <summary>The run stopped: terms on <paramref name="Issue"/> were agreed between <paramref name="From"/> and <paramref name="To"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.stop-agreement")]
public sealed record AgreementStopReason([property: Id(0)] string Issue, [property: Id(1)] string From, [property: Id(2)] string To) : TraceReason;

/// <summary>The run stopped: positions on <paramref name="Issue"/> are within <paramref name="Limit"/> (spread <paramref name="Spread"/>).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.stop-converge")]
public sealed record ConvergeStopReason([property: Id(0)] string Issue, [property: Id(1)] double Limit, [property: Id(2)] double Spread) : TraceReason;

/// <summary>The run stopped: no stance moved by more than <paramref name="Tolerance"/> (largest move <paramref name="LargestMove"/>).</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.reason.stop-still")]
public sealed record StillStopReason([property: Id(0)] double Tolerance, [property: Id(1)] double LargestMove) : TraceReason;

/// <summary>A red line [<paramref name="Minimum"/>, <paramref name="Maximum"/>] held a move that would have reached <paramref name="Beyond"/>.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.red-line-hold")]
public sealed record RedLineHold([property: Id(0)] double Minimum, [property: Id(1)] double Maximum, [property: Id(2)] double Beyond);

/// <summary>An actor listened to, and its weight in the listener's normalised row.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.speaker-weight")]
public sealed record SpeakerWeight([property: Id(0)] string Actor, [property: Id(1)] double Weight);
