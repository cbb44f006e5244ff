using System.Diagnostics;
using System.Text;
using OpenTelemetry;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// <c>--otel console</c> for spans: one line per finished span on a text writer (standard error,
/// or <c>--otel-file</c>), never on standard output, where the run's own lines go. A line reads
/// <c>span NAME duration=… trace=… span=… parent=… source=… key=value…</c>.
/// </summary>
internal sealed class SpanLineExporter(TextWriter writer) : BaseExporter<Activity>
{
    public override ExportResult Export(in Batch<Activity> batch)
    {
        var line = new StringBuilder();
        foreach (var span in batch)
        {
            line.Clear();
            line.Append("span ").Append(span.DisplayName)
                .Append(" duration=").Append(TelemetryText.Number(span.Duration.TotalMilliseconds)).Append("ms")
                .Append(" trace=").Append(span.TraceId.ToHexString())
                .Append(" span=").Append(span.SpanId.ToHexString())
                .Append(" parent=").Append(span.ParentSpanId == default ? "-" : span.ParentSpanId.ToHexString())
                .Append(" source=").Append(span.Source.Name);
            if (span.Kind != ActivityKind.Internal)
            {
                line.Append(" kind=").Append(span.Kind.ToString().ToLowerInvariant());
            }

            if (span.Status != ActivityStatusCode.Unset)
            {
                line.Append(" status=").Append(span.Status.ToString().ToLowerInvariant());
            }

            TelemetryText.AppendAttributes(line, span.TagObjects);
            writer.WriteLine(line.ToString());
        }

        writer.Flush();
        return ExportResult.Success;
    }
}
