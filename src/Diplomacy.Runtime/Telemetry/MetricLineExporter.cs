using System.Text;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// <c>--otel console</c> for metrics: one line per metric point (per instrument and attribute set)
/// at each export, on the same writer as the spans. A histogram line lists its buckets as
/// <c>≤bound:count</c>, empty buckets left out.
/// </summary>
internal sealed class MetricLineExporter(TextWriter writer) : BaseExporter<Metric>
{
    public override ExportResult Export(in Batch<Metric> batch)
    {
        var line = new StringBuilder();
        foreach (var metric in batch)
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                line.Clear();
                line.Append("metric ").Append(metric.Name).Append(" unit=").Append(string.IsNullOrEmpty(metric.Unit) ? "-" : metric.Unit);
                AppendValue(line, metric.MetricType, point);
                var tags = new List<KeyValuePair<string, object?>>();
                foreach (var tag in point.Tags)
                {
                    tags.Add(tag);
                }

                TelemetryText.AppendAttributes(line, tags);
                writer.WriteLine(line.ToString());
            }
        }

        writer.Flush();
        return ExportResult.Success;
    }

    private static void AppendValue(StringBuilder line, MetricType type, in MetricPoint point)
    {
        switch (type)
        {
            case MetricType.LongSum:
            case MetricType.LongSumNonMonotonic:
                line.Append(" sum=").Append(point.GetSumLong());
                break;
            case MetricType.DoubleSum:
            case MetricType.DoubleSumNonMonotonic:
                line.Append(" sum=").Append(TelemetryText.Number(point.GetSumDouble()));
                break;
            case MetricType.LongGauge:
                line.Append(" value=").Append(point.GetGaugeLastValueLong());
                break;
            case MetricType.DoubleGauge:
                line.Append(" value=").Append(TelemetryText.Number(point.GetGaugeLastValueDouble()));
                break;
            case MetricType.Histogram:
                AppendHistogram(line, point);
                break;
            default:
                line.Append(" type=").Append(type);
                break;
        }
    }

    private static void AppendHistogram(StringBuilder line, in MetricPoint point)
    {
        line.Append(" count=").Append(point.GetHistogramCount()).Append(" sum=").Append(TelemetryText.Number(point.GetHistogramSum()));
        if (point.TryGetHistogramMinMaxValues(out var min, out var max))
        {
            line.Append(" min=").Append(TelemetryText.Number(min)).Append(" max=").Append(TelemetryText.Number(max));
        }

        line.Append(" buckets=");
        var any = false;
        foreach (var bucket in point.GetHistogramBuckets())
        {
            if (bucket.BucketCount == 0)
            {
                continue;
            }

            line.Append(any ? "," : "")
                .Append(double.IsPositiveInfinity(bucket.ExplicitBound) ? "+Inf" : "≤" + TelemetryText.Number(bucket.ExplicitBound))
                .Append(':').Append(bucket.BucketCount);
            any = true;
        }

        if (!any)
        {
            line.Append('-');
        }
    }
}
