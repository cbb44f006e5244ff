using System.Diagnostics;
using System.Diagnostics.Metrics;
using Diplomacy.Contracts.Trace;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// The simulation's own spans and metrics, under the name "Diplomacy". With no listener (the
/// default, <c>--otel none</c>) every Start method returns null after one flag check and records
/// nothing, so instrumented code costs next to nothing when telemetry is off.
/// </summary>
public static class DiplomacyTelemetry
{
    /// <summary>Name of both the ActivitySource and the Meter.</summary>
    public const string Name = "Diplomacy";

    /// <summary>Orleans' grain-call spans; traced with ours so a proposal's span joins the grain calls it makes.</summary>
    public const string OrleansSource = "Microsoft.Orleans.Application";

    public const string RunSpan = "diplomacy.run";
    public const string RoundSpan = "diplomacy.round";
    public const string ProposalSpan = "diplomacy.proposal";
    public const string AnswerSpan = "diplomacy.answer";

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    // Declared before the instruments that use it: static initialisers run in file order.
    private static InstrumentAdvice<double> DurationBuckets { get; } =
        new() { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] };

    /// <summary>Every trace event, by <c>diplomacy.event.type</c> (and <c>diplomacy.decision</c> for answers).</summary>
    public static Counter<long> Events { get; } =
        Meter.CreateCounter<long>("diplomacy.events", "{event}", "Trace events written, by type; answers also by decision.");

    /// <summary>How far one event moved one stance, on the issue's 0–100 scale: buckets fine near 0, where most moves are.</summary>
    public static Histogram<double> StanceShift { get; } =
        Meter.CreateHistogram<double>(
            "diplomacy.stance.shift",
            "{point}",
            "How far a stance moved in one event (shock, agreement, forum move, influence step), as an absolute value in points of the issue's 0-100 scale.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5, 10, 20, 30, 50, 75, 100] });

    /// <summary>The answerer's utility of the terms it answered, between 0 and 1.</summary>
    public static Histogram<double> AnswerUtility { get; } =
        Meter.CreateHistogram<double>(
            "diplomacy.answer.utility",
            "1",
            "Utility of the offered terms to the actor answering them (0 = worst, 1 = its ideal), by decision.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] });

    /// <summary>Wall-clock seconds of runs and rounds, from their spans (see <see cref="SpanDurations"/>); never in a trace file.</summary>
    public static Histogram<double> RunDuration { get; } =
        Meter.CreateHistogram<double>("diplomacy.run.duration", "s", "Wall-clock time of a run, from its first grain call to its last.", tags: null, advice: DurationBuckets);

    public static Histogram<double> RoundDuration { get; } =
        Meter.CreateHistogram<double>("diplomacy.round.duration", "s", "Wall-clock time of one round of a run.", tags: null, advice: DurationBuckets);

    public static Activity? StartRun(string runId, string scenario, int seed, int rounds)
    {
        var activity = Source.StartActivity(RunSpan);
        activity?.SetTag(TelemetryTags.RunId, runId)
            .SetTag(TelemetryTags.Scenario, scenario)
            .SetTag(TelemetryTags.Seed, seed)
            .SetTag(TelemetryTags.Rounds, rounds);
        return activity;
    }

    public static Activity? StartRound(string runId, int round)
    {
        var activity = Source.StartActivity(RoundSpan);
        activity?.SetTag(TelemetryTags.RunId, runId).SetTag(TelemetryTags.Round, round);
        return activity;
    }

    /// <summary>A proposal from one actor to another; its answer is a child span.</summary>
    public static Activity? StartProposal(string runId, int round, string from, string to, IEnumerable<string> issues)
    {
        var activity = Source.StartActivity(ProposalSpan);
        activity?.SetTag(TelemetryTags.RunId, runId)
            .SetTag(TelemetryTags.Round, round)
            .SetTag(TelemetryTags.From, from)
            .SetTag(TelemetryTags.To, to)
            .SetTag(TelemetryTags.Issues, issues.ToArray());
        return activity;
    }

    /// <summary>The recipient's answer, a child of its proposal. Set the decision and utility with <see cref="RecordAnswer"/> once known.</summary>
    public static Activity? StartAnswer(string runId, int round, string from, string to)
    {
        var activity = Source.StartActivity(AnswerSpan);
        activity?.SetTag(TelemetryTags.RunId, runId)
            .SetTag(TelemetryTags.Round, round)
            .SetTag(TelemetryTags.From, from)
            .SetTag(TelemetryTags.To, to);
        return activity;
    }

    public static void RecordAnswer(Activity? answer, string decision, double utility) =>
        answer?.SetTag(TelemetryTags.Decision, decision).SetTag(TelemetryTags.Utility, utility);

    /// <summary>
    /// Counts a trace event into the metrics, tagged with the scenario (not the run: a sweep of many
    /// seeds would make one series per seed). Every event passes here once, in trace order.
    /// </summary>
    public static void Record(TraceEvent traceEvent, string scenario)
    {
        if (!Events.Enabled)
        {
            return;
        }

        var scenarioTag = new KeyValuePair<string, object?>(TelemetryTags.Scenario, scenario);
        var typeTag = new KeyValuePair<string, object?>(TelemetryTags.EventType, traceEvent.Type);
        if (traceEvent.Type == TraceEventTypes.Answer && traceEvent.Decision is { } decision)
        {
            var decisionTag = new KeyValuePair<string, object?>(TelemetryTags.Decision, decision);
            Events.Add(1, scenarioTag, typeTag, decisionTag);
            if (traceEvent.Utility is { } utility)
            {
                AnswerUtility.Record(utility, scenarioTag, decisionTag);
            }
        }
        else
        {
            Events.Add(1, scenarioTag, typeTag);
        }

        if (traceEvent is { Before: { } before, After: { } after })
        {
            StanceShift.Record(Math.Abs(after - before), scenarioTag, typeTag);
        }
    }
}
