using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// A trace sink that keeps what plots and reports need: every stance row, and the proposals and
/// answers (not the many moves and influence steps, which the stances already show).
/// </summary>
public sealed class RunHistoryRecorder : ITraceSink
{
    private readonly List<StanceRow> _stances = [];
    private readonly List<TraceEvent> _exchanges = [];
    private readonly List<TraceEvent> _fromAssumptions = [];

    public ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
    {
        if (traceEvent.Type is TraceEventType.Proposal or TraceEventType.Answer)
        {
            _exchanges.Add(traceEvent);
        }

        if (traceEvent.Before != traceEvent.After && TraceProse.IsAssumed(traceEvent))
        {
            _fromAssumptions.Add(traceEvent);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
    {
        _stances.AddRange(rows);
        return ValueTask.CompletedTask;
    }

    /// <summary>The history of the finished run: actors that hold a stance, in world order; issues in scenario order.</summary>
    public RunHistory ToHistory(Scenario scenario, RunResult result)
    {
        var actors = scenario.World.Actors.Where(a => _stances.Any(s => s.Actor == a.Id)).ToList();
        var issues = scenario.Issues.Select(id => scenario.World.FindIssue(id)).OfType<Model.World.Issue>().ToList();
        return new RunHistory(result.Run, scenario.Name, result.Seed, actors, issues, [.. _stances], [.. _exchanges], result.Agreements)
        {
            FromAssumptions = [.. _fromAssumptions],
        };
    }
}
