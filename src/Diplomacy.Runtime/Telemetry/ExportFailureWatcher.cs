using System.Diagnostics.Tracing;
using System.Text.RegularExpressions;

namespace Diplomacy.Runtime.Telemetry;

/// <summary>
/// Listens to the OTLP exporter's own diagnostics (its <c>OpenTelemetry-Exporter-OpenTelemetryProtocol</c>
/// event source) and turns the first failed export into ONE warning line with the endpoint and
/// the reason; later failures stay quiet, so a dead collector costs one line, not one per batch.
/// The run goes on either way: telemetry never decides the exit code. Event listeners are
/// process-wide, so failures that name another process-local session's endpoint are ignored.
/// </summary>
internal sealed partial class ExportFailureWatcher : EventListener
{
    private const string ExporterSource = "OpenTelemetry-Exporter-OpenTelemetryProtocol";

    private readonly object _gate = new();
    private TextWriter? _warnings;
    private IReadOnlyList<Uri> _endpoints = [];
    private bool _warned;

    public static ExportFailureWatcher Watch(IReadOnlyList<Uri> endpoints, TextWriter warnings)
    {
        var watcher = new ExportFailureWatcher();
        lock (watcher._gate)
        {
            watcher._endpoints = endpoints;
            watcher._warnings = warnings;
        }

        return watcher;
    }

    /// <summary>The warning line for a failure, or null when the event is not a failure (or not ours).</summary>
    internal static string? Describe(EventWrittenEventArgs e, IReadOnlyList<Uri> endpoints)
    {
        if (e.Level is not (EventLevel.Error or EventLevel.Warning or EventLevel.Critical) || e.Payload is null || e.PayloadNames is null)
        {
            return null;
        }

        string? endpoint = null;
        var reasons = new List<string>();
        for (var i = 0; i < e.PayloadNames.Count && i < e.Payload.Count; i++)
        {
            var value = e.Payload[i]?.ToString();
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var name = e.PayloadNames[i];
            if (name is "rawCollectorUri" or "endpoint")
            {
                endpoint = value;
            }
            else if (name is "ex" or "exceptionMessage" or "exception")
            {
                reasons.Add(ExceptionReason(value));
            }
            else if (name is "message" or "statusString")
            {
                // The response body is left out: a collector's error page can be a whole HTML document.
                reasons.Add(OneLine(value));
            }
        }

        if (endpoint is not null && !endpoints.Any(ours => endpoint.StartsWith(ours.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var where = endpoint ?? string.Join(", ", endpoints.Select(u => u.ToString()));
        var why = reasons.Count > 0 ? string.Join("; ", reasons.Distinct(StringComparer.Ordinal)) : OneLine(e.Message ?? $"event {e.EventId}");
        return $"diplomacy: warning: OpenTelemetry export to {where} failed: {why} (the run goes on; further export failures are not shown)";
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Runs from the base constructor too, before this object's fields are set: touch none of them.
        if (eventSource.Name == ExporterSource)
        {
            EnableEvents(eventSource, EventLevel.Warning);
        }

        base.OnEventSourceCreated(eventSource);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventSource.Name != ExporterSource)
        {
            return;
        }

        lock (_gate)
        {
            if (_warned || _warnings is null)
            {
                return;
            }

            var line = Describe(eventData, _endpoints);
            if (line is null)
            {
                return;
            }

            _warned = true;
            _warnings.WriteLine(line);
            _warnings.Flush();
        }
    }

    /// <summary>
    /// The exporter hands over the whole exception as text; the reader needs its message, one line:
    /// the outer message, and the innermost one when the outer is only "an error occurred".
    /// </summary>
    private static string ExceptionReason(string exception)
    {
        var lines = exception.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var outer = MessageOf(lines[0]);
        var inner = lines.LastOrDefault(l => l.StartsWith("--->", StringComparison.Ordinal));
        if (inner is null)
        {
            return outer;
        }

        var innerMessage = MessageOf(inner[4..].Trim());
        return outer.Contains(innerMessage, StringComparison.Ordinal) ? outer : $"{outer} ({innerMessage})";
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"System.Net.Http.HttpRequestException: Connection refused (127.0.0.1:9)" → "Connection refused (127.0.0.1:9)".</summary>
    private static string MessageOf(string line)
    {
        var type = ExceptionType().Match(line);
        return type.Success ? line[type.Length..] : line;
    }

    /// <summary>An exception's type name at the start of its text, with an error code if any: "System.Net.Sockets.SocketException (111): ".</summary>
    [GeneratedRegex(@"^[\w.`]+(Exception|Error)( \(\d+\))?: ")]
    private static partial Regex ExceptionType();
}
