using System.Diagnostics.Metrics;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Telemetry;

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

    public static Meter Meter { get; } = new(Name);

    public static Counter<long> Proposals { get; } =
        Meter.CreateCounter<long>("diplomacy.proposals", "{proposal}", "Proposals made, counted with the ones not delivered to excluded actors.");

    public static Counter<long> Acceptances { get; } =
        Meter.CreateCounter<long>("diplomacy.acceptances", "{answer}", "Answers that accepted the terms offered (each makes an agreement).");

    public static Histogram<double> StanceShift { get; } =
        Meter.CreateHistogram<double>("diplomacy.stance.shift", "{position}", "How far a stance moved in one event (shock, agreement, forum move, influence), on the issue's 0-100 scale, as an absolute value.");

    /// <summary>
    /// Counts a trace event into the metrics, tagged with the scenario (not the run: a sweep of many
    /// seeds would make one series per seed). Every event passes here once, in trace order.
    /// </summary>
    public static void Record(TraceEvent traceEvent, string scenario)
    {
        var tag = new KeyValuePair<string, object?>(TelemetryTags.Scenario, scenario);
        switch (traceEvent.Type)
        {
            case Contracts.Trace.TraceEventType.Proposal:
                Proposals.Add(1, tag);
                break;
            case Contracts.Trace.TraceEventType.Answer when traceEvent.Decision == Decision.Accept:
                Acceptances.Add(1, tag);
                break;
        }

        if (traceEvent is { Before: { } before, After: { } after })
        {
            StanceShift.Record(Math.Abs(after - before), tag);
        }
    }
}
