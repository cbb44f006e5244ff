using System.Diagnostics.Metrics;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Telemetry;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// The simulation's own spans and metrics, under the name "Diplomacy". The spans are made where the
/// work happens, in the grains (<see cref="RunSpans"/>); the metrics are recorded here, client-side,
/// from the trace events as they arrive. With no listener (the default, <c>--otel none</c>) nothing
/// is recorded, so instrumented code costs next to nothing when telemetry is off.
/// </summary>
public static class DiplomacyTelemetry
{
    /// <summary>Name of both the ActivitySource and the Meter.</summary>
    public const string Name = RunSpans.Name;

    /// <summary>Orleans' grain-call spans; traced with ours so a proposal's span joins the grain calls it makes.</summary>
    public const string OrleansSource = "Microsoft.Orleans.Application";

    /// <summary>The spans' names (the spans are made in the grains, see <c>Diplomacy.Grains.Telemetry.RunSpans</c>).</summary>
    public const string RunSpan = RunSpans.RunSpan;

    public const string RoundSpan = RunSpans.RoundSpan;

    public const string ProposalSpan = RunSpans.ProposalSpan;

    public const string AnswerSpan = RunSpans.AnswerSpan;

    public static Meter Meter { get; } = new(Name);

    // Declared before the instruments that use it: static initialisers run in file order.
    private static InstrumentAdvice<double> DurationBuckets { get; } =
        new() { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] };

    /// <summary>Every trace event, by <c>diplomacy.event.type</c> (and <c>diplomacy.decision</c> for answers).</summary>
    public static Counter<long> Events { get; } =
        Meter.CreateCounter<long>("diplomacy.events", "{event}", "Trace events written, by type; answers also by decision.");

    /// <summary>How far one event moved one stance, on the 0–100 scale: buckets fine near 0, where most moves are.</summary>
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
        var typeTag = new KeyValuePair<string, object?>(TelemetryTags.EventType, TraceProse.Type(traceEvent));
        if (traceEvent.Type == TraceEventType.Answer && TraceProse.Decision(traceEvent) is { } decision)
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
