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

    public static ActivitySource Source { get; } = new(Name);

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> Proposals { get; } =
        Meter.CreateCounter<long>("diplomacy.proposals", "{proposal}", "Proposals made, counted with the ones not delivered to excluded actors.");

    public static Counter<long> Acceptances { get; } =
        Meter.CreateCounter<long>("diplomacy.acceptances", "{answer}", "Answers that accepted the terms offered (each makes an agreement).");

    public static Histogram<double> StanceShift { get; } =
        Meter.CreateHistogram<double>("diplomacy.stance.shift", "{position}", "How far a stance moved in one event (shock, agreement, forum move, influence), on the issue's 0-100 scale, as an absolute value.");

    public static Activity? StartRun(string runId, string scenario, int seed, int rounds)
    {
        var activity = Source.StartActivity("diplomacy.run");
        activity?.SetTag(TelemetryTags.RunId, runId)
            .SetTag(TelemetryTags.Scenario, scenario)
            .SetTag(TelemetryTags.Seed, seed)
            .SetTag(TelemetryTags.Rounds, rounds);
        return activity;
    }

    public static Activity? StartRound(string runId, int round)
    {
        var activity = Source.StartActivity("diplomacy.round");
        activity?.SetTag(TelemetryTags.RunId, runId).SetTag(TelemetryTags.Round, round);
        return activity;
    }

    /// <summary>A proposal from one actor to another; its answer is a child span.</summary>
    public static Activity? StartProposal(string runId, int round, string from, string to, IEnumerable<string> issues)
    {
        var activity = Source.StartActivity("diplomacy.proposal");
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
        var activity = Source.StartActivity("diplomacy.answer");
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
        var tag = new KeyValuePair<string, object?>(TelemetryTags.Scenario, scenario);
        switch (traceEvent.Type)
        {
            case TraceEventTypes.Proposal:
                Proposals.Add(1, tag);
                break;
            case TraceEventTypes.Answer when traceEvent.Decision == AcceptDecision:
                Acceptances.Add(1, tag);
                break;
        }

        if (traceEvent is { Before: { } before, After: { } after })
        {
            StanceShift.Record(Math.Abs(after - before), tag);
        }
    }

    private const string AcceptDecision = "accept";
}
