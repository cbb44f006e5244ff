using Diplomacy.Telemetry.Tests.Otlp;
using Google.Protobuf;

namespace Diplomacy.Telemetry.Tests;

/// <summary>Reading decoded OTLP: spans with their scope and resource, attribute values, metric points of one scenario.</summary>
public static class OtlpData
{
    public sealed record ReceivedSpan(Span Span, string Scope, Resource Resource)
    {
        public ByteString Id => Span.SpanId;

        public ByteString Parent => Span.ParentSpanId;

        public string Name => Span.Name;

        public object? this[string key] => Value(Span.Attributes, key);
    }

    public static List<ReceivedSpan> Flatten(IEnumerable<ResourceSpans> resources) =>
        [.. resources.SelectMany(r => r.ScopeSpans.SelectMany(s => s.Spans.Select(span => new ReceivedSpan(span, s.Scope?.Name ?? "", r.Resource))))];

    public static object? Value(IEnumerable<KeyValue> attributes, string key) =>
        attributes.FirstOrDefault(a => a.Key == key)?.Value is { } value ? Unwrap(value) : null;

    /// <summary>Whether <paramref name="span"/> lies below <paramref name="ancestor"/>, following parent links through <paramref name="all"/>.</summary>
    public static bool IsBelow(ReceivedSpan span, ReceivedSpan ancestor, IReadOnlyDictionary<ByteString, ReceivedSpan> all)
    {
        for (var current = span; !current.Parent.IsEmpty && all.TryGetValue(current.Parent, out var parent); current = parent)
        {
            if (parent.Id == ancestor.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every metric of that name, with the points whose <c>diplomacy.scenario</c> is <paramref name="scenario"/>.</summary>
    public static List<(Metric Metric, List<NumberDataPoint> Numbers, List<HistogramDataPoint> Histograms)> Points(
        IEnumerable<ResourceMetrics> resources, string name, string scenario)
    {
        bool Ours(IEnumerable<KeyValue> attributes) => (string?)Value(attributes, "diplomacy.scenario") == scenario;
        return
        [
            .. resources.SelectMany(r => r.ScopeMetrics).SelectMany(s => s.Metrics).Where(m => m.Name == name).Select(m => (
                m,
                m.Sum?.DataPoints.Where(p => Ours(p.Attributes)).ToList() ?? [],
                m.Histogram?.DataPoints.Where(p => Ours(p.Attributes)).ToList() ?? [])),
        ];
    }

    private static object? Unwrap(AnyValue value) => value.ValueCase switch
    {
        AnyValue.ValueOneofCase.StringValue => value.StringValue,
        AnyValue.ValueOneofCase.IntValue => value.IntValue,
        AnyValue.ValueOneofCase.DoubleValue => value.DoubleValue,
        AnyValue.ValueOneofCase.BoolValue => value.BoolValue,
        AnyValue.ValueOneofCase.ArrayValue => value.ArrayValue.Values.Select(Unwrap).ToArray(),
        _ => null,
    };
}
