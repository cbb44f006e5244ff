using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>A trace event's fields in the words the trace files write, for assertions that read like the output.</summary>
public static class TraceWords
{
    public static string TypeName(this TraceEvent e) => TraceProse.Type(e);

    public static string? DecisionName(this TraceEvent e) => TraceProse.Decision(e);

    public static string? Words(this TraceEvent e) => TraceProse.Reason(e);
}
