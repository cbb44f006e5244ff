using Diplomacy.Classroom.Protocol;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Classroom.Rooms;

/// <summary>
/// Everything a room's run has published, in the order it came: what a page that joins late is
/// shown, and what the room's downloads are written from (the same sinks <c>run</c> writes into).
/// Written by the run's follower, read by pages and downloads, so every access holds the lock.
/// </summary>
internal sealed class RoomRecord
{
    private readonly Lock _lock = new();
    private readonly List<TraceEvent> _events = [];
    private readonly List<StanceRow> _stances = [];
    private readonly List<(int Events, int Stances)> _order = [];
    private readonly List<RoundView> _rounds = [];
    private readonly List<EventView> _closing = [];
    private readonly List<TraceEvent> _roundEvents = [];

    /// <summary>The last round completed; −1 before the seeds arrive.</summary>
    public int LastRound { get; private set; } = -1;

    /// <summary>An event of the round being published, or one after a round's stances (the stop, lapses at the end), which is returned to show at once.</summary>
    public EventView? Add(TraceEvent traceEvent)
    {
        lock (_lock)
        {
            _events.Add(traceEvent);
            if (traceEvent.Round == LastRound)
            {
                var view = EventView.Of(traceEvent);
                _closing.Add(view);
                return view;
            }

            _roundEvents.Add(traceEvent);
            return null;
        }
    }

    /// <summary>A round's stances complete the round: returned as pages show it.</summary>
    public RoundView Complete(IReadOnlyList<StanceRow> rows)
    {
        lock (_lock)
        {
            _order.Add((_events.Count, _stances.Count));
            _stances.AddRange(rows);
            var round = new RoundView(rows.Count > 0 ? rows[0].Round : LastRound + 1, [.. _roundEvents.Select(EventView.Of)], [.. rows.Select(r => r.Position)]);
            _roundEvents.Clear();
            _rounds.Add(round);
            LastRound = round.Round;
            return round;
        }
    }

    /// <summary>What a page joining now is shown: every round so far and the events after the last round's stances.</summary>
    public (IReadOnlyList<RoundView> Rounds, IReadOnlyList<EventView> Closing) Snapshot()
    {
        lock (_lock)
        {
            return ([.. _rounds], [.. _closing]);
        }
    }

    /// <summary>Replays what was published, in its order, into <paramref name="sink"/>.</summary>
    public async Task ReplayAsync(ITraceSink sink, CancellationToken cancellationToken)
    {
        List<TraceEvent> events;
        List<StanceRow> stances;
        List<(int Events, int Stances)> order;
        lock (_lock)
        {
            (events, stances, order) = ([.. _events], [.. _stances], [.. _order]);
        }

        var written = 0;
        for (var round = 0; round < order.Count; round++)
        {
            for (; written < order[round].Events; written++)
            {
                await sink.WriteEventAsync(events[written], cancellationToken);
            }

            var end = round + 1 < order.Count ? order[round + 1].Stances : stances.Count;
            await sink.WriteStancesAsync(stances[order[round].Stances..end], cancellationToken);
        }

        for (; written < events.Count; written++)
        {
            await sink.WriteEventAsync(events[written], cancellationToken);
        }
    }

    /// <summary>The stance rows of round 0 and of the last round, and the agreements so far (from the accepted answers).</summary>
    public (IReadOnlyList<StanceRow> Start, IReadOnlyList<StanceRow> End, IReadOnlyList<Agreement> Agreements) Standing()
    {
        lock (_lock)
        {
            var agreements = _events
                .Where(e => e.Type == TraceEventType.Answer && e.Decision == Contracts.Messages.Decision.Accept)
                .Select(e => new Agreement(e.Round, e.To!, e.From!, e.Terms ?? []))
                .ToList();
            return ([.. _stances.Where(s => s.Round == 0)], [.. _stances.Where(s => s.Round == LastRound)], agreements);
        }
    }
}
