using System.Diagnostics;

namespace Diplomacy.Grains.Telemetry;

/// <summary>
/// The simulation's spans, made where the work happens: the run and its rounds in the run grain,
/// a proposal and its answer in the proposer's grain, around the call to the recipient's grain.
/// With no listener (the default) every Start method returns null after one flag check.
/// </summary>
public static class RunSpans
{
    /// <summary>Name of the ActivitySource (and of the Meter the runtime records into).</summary>
    public const string Name = "Diplomacy";

    public const string RunSpan = "diplomacy.run";

    public const string RoundSpan = "diplomacy.round";

    public const string ProposalSpan = "diplomacy.proposal";

    public const string AnswerSpan = "diplomacy.answer";

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>
    /// The run's span. Its parent is the submitter's trace context when one came with the plan;
    /// otherwise it starts a trace of its own, whatever grain call happens to be running.
    /// </summary>
    public static Activity? StartRun(string runId, string scenario, int seed, int rounds, string? traceParent)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var previous = Activity.Current;
        Activity.Current = null;
        try
        {
            var parent = ActivityContext.TryParse(traceParent, null, out var context) ? context : default;
            var activity = Source.StartActivity(RunSpan, ActivityKind.Internal, parent);
            activity?.SetTag(TelemetryTags.RunId, runId)
                .SetTag(TelemetryTags.Scenario, scenario)
                .SetTag(TelemetryTags.Seed, seed)
                .SetTag(TelemetryTags.Rounds, rounds);
            return activity;
        }
        finally
        {
            Activity.Current = previous;
        }
    }

    /// <summary>
    /// A round, child of the run's span (given as W3C trace context, so a run resumed on another silo
    /// keeps its trace). It carries the scenario itself: its parent may live in another process.
    /// </summary>
    public static Activity? StartRound(string runId, string scenario, int round, string? runSpan)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var parent = ActivityContext.TryParse(runSpan, null, out var context) ? context : default;
        var activity = Source.StartActivity(RoundSpan, ActivityKind.Internal, parent);
        activity?.SetTag(TelemetryTags.RunId, runId).SetTag(TelemetryTags.Scenario, scenario).SetTag(TelemetryTags.Round, round);
        return activity;
    }

    /// <summary>A proposal from one actor to another, started in the proposer's grain; its answer is a child span.</summary>
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

    /// <summary>The recipient's answer, around the call to its grain. Set the decision and utility with <see cref="RecordAnswer"/> once known.</summary>
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

    /// <summary>The span's W3C trace context, to give the run's later spans their parent.</summary>
    public static string? TraceParentOf(Activity? activity) => activity?.Id;
}
