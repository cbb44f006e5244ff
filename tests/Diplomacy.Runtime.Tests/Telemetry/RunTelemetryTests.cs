using System.Diagnostics;
using Diplomacy.Contracts.Messages;
using System.Diagnostics.Metrics;
using Diplomacy.Contracts.Trace;
using Diplomacy.Grains.Telemetry;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Telemetry;
using Diplomacy.Runtime.Tests.Fixtures;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TraceEventType = Diplomacy.Contracts.Trace.TraceEventType;

namespace Diplomacy.Runtime.Tests.Telemetry;

/// <summary>
/// The spans and metrics of one small run, caught by the in-memory exporter, on a silo whose grain
/// calls are traced (as under <c>--otel</c>). Listeners are process-wide and other collections run
/// in parallel, so the test keeps only its own run's trace (by run id) and its own scenario's metric
/// points (by scenario name).
/// </summary>
[Collection(TracingCollection.Name)]
public sealed class RunTelemetryTests(TracingCluster fixture)
{
    private const string ScenarioName = "telemetry-span-tree";

    [Fact]
    public async Task A_run_makes_a_span_tree_of_rounds_and_of_proposals_made_in_the_proposers_grain()
    {
        var (spans, _, events) = await RunWithTelemetryAsync();

        var run = Assert.Single(spans, s => s.OperationName == "diplomacy.run");
        Assert.Equal($"{ScenarioName}-913", run.GetTagItem(TelemetryTags.RunId));
        Assert.Equal(default, run.ParentSpanId);
        var rounds = spans.Where(s => s.OperationName == "diplomacy.round").ToList();
        Assert.Equal([1, 2, 3], rounds.Select(r => (int)r.GetTagItem(TelemetryTags.Round)!).Order());
        Assert.All(rounds, r => Assert.Equal(run.SpanId, r.ParentSpanId));

        // One span per delivered proposal and one per counter-offer answered in a later round; a
        // proposal to an excluded actor is never put to anyone's grain.
        var proposals = spans.Where(s => s.OperationName == "diplomacy.proposal").ToList();
        var delivered = events.Count(e => e.Type == TraceEventType.Proposal && e.Decision != Decision.Undelivered);
        var answered = events.Count(e => e.Type == TraceEventType.Answer);
        Assert.True(answered > delivered, "the run should answer counter-offers in later rounds");
        Assert.Equal(answered, proposals.Count);
        foreach (var proposal in proposals)
        {
            // Made in the proposer's grain: its parent is the run's call to that grain's Propose, inside a round.
            var call = Parent(spans, proposal);
            Assert.Equal(ActivityKind.Server, call.Kind);
            Assert.Contains("Propose", MethodOf(call), StringComparison.Ordinal);
            Assert.Contains(Ancestors(spans, proposal), a => a.OperationName == "diplomacy.round");
        }

        var first = proposals.OrderBy(p => p.StartTimeUtc).First();
        Assert.Equal("trump", first.GetTagItem(TelemetryTags.From));
        Assert.Equal("putin", first.GetTagItem(TelemetryTags.To));
        Assert.Equal(new[] { TestScenarios.Ceasefire, TestScenarios.Territory }, first.GetTagItem(TelemetryTags.Issues));

        // Each answer is a child of its proposal, and under it the proposer's grain calls the recipient's.
        var answers = spans.Where(s => s.OperationName == "diplomacy.answer").ToList();
        Assert.Equal(answered, answers.Count);
        Assert.All(answers, a => Assert.Contains(proposals, p => p.SpanId == a.ParentSpanId));
        Assert.All(answers, a => Assert.Contains(spans, c => c.ParentSpanId == a.SpanId && c.Kind == ActivityKind.Client && MethodOf(c).Contains("Receive", StringComparison.Ordinal)));
        Assert.All(answers, a => Assert.Contains(a.GetTagItem(TelemetryTags.Decision), new object[] { "accept", "reject", "counter" }));
        Assert.All(answers, a => Assert.IsType<double>(a.GetTagItem(TelemetryTags.Utility)));
    }

    [Fact]
    public async Task Metrics_count_the_runs_events_by_type_and_decision_and_its_stance_shifts()
    {
        var (_, metrics, events) = await RunWithTelemetryAsync();

        Assert.Equal(events.Count(e => e.Type == TraceEventType.Proposal), Total(metrics, "diplomacy.events", p => p.GetSumLong(), (TelemetryTags.EventType, "proposal")));
        Assert.Equal(events.Count, Total(metrics, "diplomacy.events", p => p.GetSumLong()));
        Assert.Equal(
            events.Count(e => e.Type == TraceEventType.Answer && e.Decision == Decision.Accept),
            Total(metrics, "diplomacy.events", p => p.GetSumLong(), (TelemetryTags.Decision, "accept")));
        Assert.Equal(events.Count(e => e.Type == TraceEventType.Answer), Total(metrics, "diplomacy.answer.utility", p => p.GetHistogramCount()));
        Assert.Equal(events.Count(e => e.Before is not null && e.After is not null), Total(metrics, "diplomacy.stance.shift", p => p.GetHistogramCount()));
        Assert.Equal(1, Total(metrics, "diplomacy.run.duration", p => p.GetHistogramCount()));
        Assert.Equal(3, Total(metrics, "diplomacy.round.duration", p => p.GetHistogramCount()));
    }

    [Fact]
    public void The_stance_shift_histogram_has_buckets_on_the_0_to_100_scale_and_every_instrument_a_unit()
    {
        var metrics = new List<Metric>();
        using (TelemetrySession.Start(TelemetryOptions.Off, TextWriter.Null, configureMetrics: m => m.AddInMemoryExporter(metrics)))
        {
            DiplomacyTelemetry.StanceShift.Record(42.5, new KeyValuePair<string, object?>(TelemetryTags.Scenario, "buckets-only"));
        }

        var shift = metrics.Last(m => m.Name == "diplomacy.stance.shift");
        Assert.Equal("{point}", shift.Unit);
        foreach (ref readonly var point in shift.GetMetricPoints())
        {
            var bounds = new List<double>();
            foreach (var bucket in point.GetHistogramBuckets())
            {
                bounds.Add(bucket.ExplicitBound);
            }

            Assert.Equal(100, bounds[^2]);
            Assert.True(double.IsPositiveInfinity(bounds[^1]));
            Assert.All(bounds, b => Assert.True(b is > 0 and <= 100 || double.IsPositiveInfinity(b)));
        }

        Assert.All(
            new Instrument[] { DiplomacyTelemetry.Events, DiplomacyTelemetry.StanceShift, DiplomacyTelemetry.AnswerUtility, DiplomacyTelemetry.RunDuration, DiplomacyTelemetry.RoundDuration },
            i => Assert.False(string.IsNullOrEmpty(i.Unit)));
    }

    [Fact]
    public void With_no_exporter_nothing_listens_and_no_span_is_made()
    {
        using var session = TelemetrySession.Start(TelemetryOptions.Off);

        using var span = RunSpans.StartRun("quiet-1", "quiet", 1, 1, traceParent: null);

        // Another test's session may be listening at this moment; only when none is can the span be null.
        Assert.True(span is null || RunSpans.Source.HasListeners());
    }

    private async Task<(List<Activity> Spans, List<Metric> Metrics, List<TraceEvent> Events)> RunWithTelemetryAsync()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var sink = new RecordingSink();
        var scenario = TestScenarios.Baseline(seed: 913) with { Name = ScenarioName };
        using (TelemetrySession.Start(TelemetryOptions.Off, TextWriter.Null, t => t.AddInMemoryExporter(spans), m => m.AddInMemoryExporter(metrics)))
        {
            await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(), sink);
        }

        var root = spans.Single(s => s.OperationName == "diplomacy.run" && (string?)s.GetTagItem(TelemetryTags.RunId) == $"{ScenarioName}-913");
        return (spans.Where(s => s.TraceId == root.TraceId).ToList(), metrics, sink.Events);
    }

    private static Activity Parent(List<Activity> spans, Activity span) => spans.Single(s => s.SpanId == span.ParentSpanId);

    private static IEnumerable<Activity> Ancestors(List<Activity> spans, Activity span)
    {
        for (var parent = spans.FirstOrDefault(s => s.SpanId == span.ParentSpanId); parent is not null; parent = spans.FirstOrDefault(s => s.SpanId == parent.ParentSpanId))
        {
            yield return parent;
        }
    }

    private static string MethodOf(Activity call) => call.GetTagItem("rpc.method") as string ?? call.DisplayName;

    private static long Total(List<Metric> metrics, string name, Func<MetricPoint, long> value, (string Key, string Value)? only = null)
    {
        var total = 0L;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (IsOurs(point) && (only is null || Has(point, only.Value.Key, only.Value.Value)))
                {
                    total += value(point);
                }
            }
        }

        return total;
    }

    private static bool IsOurs(in MetricPoint point) => Has(point, TelemetryTags.Scenario, ScenarioName);

    private static bool Has(in MetricPoint point, string key, string value)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key && (string?)tag.Value == value)
            {
                return true;
            }
        }

        return false;
    }
}
