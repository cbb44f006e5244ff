using System.Globalization;
using Diplomacy.Contracts.Trace;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Results;

/// <summary>
/// The words of the trace: every reason, made from its structured record in this one place, only
/// when output is written (trace.jsonl, the tables, the screen, the report). Numbers are written
/// with up to three decimals, invariantly. docs/trace-schema.md shows what each kind reads like.
/// </summary>
public static class TraceProse
{
    /// <summary>
    /// The event's reason as outputs write it: the words of its reason, then the mark of the scenario
    /// event behind it (<see cref="EventBasis"/>), one space between.
    /// </summary>
    public static string? Reason(TraceEvent traceEvent)
    {
        ArgumentNullException.ThrowIfNull(traceEvent);
        var basis = traceEvent.Basis is { } b ? EventBasis.Mark(b.Note, b.Assumption) : string.Empty;
        return EventBasis.Append(Reason(traceEvent.Reason), basis);
    }

    /// <summary>True when the event comes from a scenario event that rests on an assumption, not on the article.</summary>
    public static bool IsAssumed(TraceEvent traceEvent) => traceEvent?.Basis?.IsAssumed == true;

    public static string? Reason(TraceReason? reason) => reason switch
    {
        null => null,
        NoteReason note => note.Text,
        ShockReason shock => Shock(shock),
        SeatingReason seating => Seating(seating.Change),
        UndeliveredReason undelivered => $"{undelivered.Excluded} is excluded from the talks",
        NoStanceReason noStance => $"{noStance.Actor} holds no stance on the issues offered",
        RedLineReason redLine => $"crosses {redLine.Actor}'s red line on {redLine.Issue}: {Number(redLine.Offered)} is outside {Interval(redLine.Minimum, redLine.Maximum)}",
        AspirationReason aspiration => Aspiration(aspiration),
        ExcludedLapseReason lapse => $"{lapse.Excluded} is excluded from the talks; {lapse.Offerer}'s counter-offer lapses unanswered",
        DeadlineLapseReason lapse => $"{lapse.Offerer} would answer in round {lapse.AnswerRound}, after the concession deadline (round {lapse.Deadline}): the talks lapse without agreement",
        RunEndLapseReason lapse => $"the run ended after round {lapse.RoundsRun} before {lapse.Answerer} answered {lapse.Offerer}'s counter-offer",
        AgreementReason agreement => $"{agreement.Accepter} accepted {agreement.Offerer}'s terms; both commit to them",
        ForumMoveReason move => ForumMove(move),
        InfluenceReason influence => Influence(influence),
        AgreementStopReason stop => $"agreement reached on {stop.Issue} between {stop.From} and {stop.To}",
        ConvergeStopReason stop => $"positions on {stop.Issue} within {Number(stop.Limit)} of each other (spread {Number(stop.Spread)})",
        StillStopReason stop => $"no stance moved by more than {Number(stop.Tolerance)} (largest move {Number(stop.LargestMove)})",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.GetType().Name, "no words for this kind of reason: add them here"),
    };

    /// <summary>The event's type as outputs write it.</summary>
    public static string Type(TraceEvent traceEvent) => TraceNames.Of(traceEvent.Type);

    /// <summary>The event's decision as outputs write it, or null.</summary>
    public static string? Decision(TraceEvent traceEvent) => traceEvent.Decision is { } decision ? TraceNames.Of(decision) : null;

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Shock(ShockReason shock)
    {
        var what = shock.Set is { } set ? $"outside event sets the stance to {Number(set)}" : $"outside event shifts the stance by {Number(shock.Shift ?? 0)}";
        return shock.Line switch
        {
            null => what,
            { Broke: true } line => $"{what}; breaks its red line {Interval(line.Minimum, line.Maximum)}, which no longer binds it",
            { } line => $"{what}; stopped at its red line {Interval(line.Minimum, line.Maximum)} instead of {Number(line.Requested)} (the scenario does not say the line breaks)",
        };
    }

    private static string Seating(SeatingChange change) => change switch
    {
        SeatingChange.Excluded => "sits at no forum and receives no proposals from now on",
        SeatingChange.AlreadyExcluded => "already excluded",
        SeatingChange.Included => "may sit at forums again",
        SeatingChange.WasNotExcluded => "was not excluded",
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "not a seating change"),
    };

    private static string Aspiration(AspirationReason reason)
    {
        var judged = $"utility {Number(reason.Utility)} against aspiration {Number(reason.Aspiration)} in round {reason.Round} of {reason.Deadline}";
        return reason.Met ? $"{judged}: good enough" : $"{judged}: too little, counters at its aspiration";
    }

    private static string ForumMove(ForumMoveReason move)
    {
        var kind = TraceNames.Of(move.Kind);
        var risk = $"risk exponent {Number(move.RiskExponent)}";
        var reason = move.Towards is null
            ? $"forum {move.Forum}: {kind}: no offer worth taking; {risk}"
            : $"forum {move.Forum}: {kind} with {move.Towards}: EU({move.Actor}→{move.Towards}) {Number(move.ExpectedUtilityOfChallenging ?? 0)}, EU({move.Towards}→{move.Actor}) {Number(move.ExpectedUtilityOfBeingChallenged ?? 0)}; {risk}";
        if (move.Resolve is { } resolve)
        {
            reason += $"; its resolve holds it to a step of {Number(resolve.MaxStep)} (1 − resolve {Number(resolve.ResolveOf)} × salience {Number(resolve.Salience)}, of the forum's range) instead of the model's {Number(resolve.Wanted)}";
        }

        return move.Held is { } held
            ? $"{reason}; stopped at its red line {Interval(held.Minimum, held.Maximum)} instead of {(move.Resolve is null ? "the model's " : string.Empty)}{Number(held.Beyond)}"
            : reason;
    }

    private static string Influence(InfluenceReason influence)
    {
        var speakers = string.Join(", ", influence.Speakers.Select(s => $"{s.Actor} {Number(s.Weight)}"));
        var pulled = speakers.Length == 0 ? "pulled back toward its own stance" : $"pulled by {speakers}";
        var reason = $"{pulled}; susceptibility {Number(influence.Susceptibility)}";
        return influence.Held is { } held
            ? $"{reason}; held at its red line {Interval(held.Minimum, held.Maximum)} instead of {Number(held.Beyond)}"
            : reason;
    }

    private static string Interval(double minimum, double maximum) => $"[{Number(minimum)}, {Number(maximum)}]";
}
