using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// Collects one round's trace events as the conductor produces them, each with the next sequence
/// number. Nothing leaves it until the round is persisted; a replayed round starts a new recorder
/// from the same number, so no event is published twice.
/// </summary>
internal sealed class TraceRecorder(string run, int seed, long nextSeq)
{
    private readonly List<TraceEvent> _events = [];
    private readonly List<TraceEvent> _closing = [];
    private long _nextSeq = nextSeq;

    public IReadOnlyList<TraceEvent> Events => _events;

    /// <summary>Events after the round's stances: the stop, and the talks that lapse when the run ends.</summary>
    public IReadOnlyList<TraceEvent> Closing => _closing;

    public long NextSeq => _nextSeq;

    /// <summary>Events after the stances go to <see cref="Closing"/> from now on.</summary>
    public bool AfterStances { get; set; }

    public void Emit(
        int round,
        TraceEventType type,
        string? from = null,
        string? to = null,
        string? issue = null,
        IReadOnlyList<TermValue>? terms = null,
        Decision? decision = null,
        double? utility = null,
        double? before = null,
        double? after = null,
        TraceReason? reason = null,
        EventProvenance? basis = null)
    {
        var traceEvent = new TraceEvent(run, seed, round, _nextSeq++, type, from, to, issue, terms, decision, utility, before, after, reason, basis);
        (AfterStances ? _closing : _events).Add(traceEvent);
    }
}
