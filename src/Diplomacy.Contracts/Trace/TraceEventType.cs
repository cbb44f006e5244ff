namespace Diplomacy.Contracts.Trace;

/// <summary>The kinds of trace event; written in outputs as <see cref="TraceNames.Of(TraceEventType)"/>.</summary>
[GenerateSerializer, Alias("diplomacy.trace-event-type")]
public enum TraceEventType
{
    Shock,
    Proposal,
    Answer,
    Agreement,
    Lapse,
    Move,
    Influence,
    Exclude,
    Include,
    Stop,
}
