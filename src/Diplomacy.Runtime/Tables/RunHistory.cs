using Diplomacy.Contracts.Trace;
using Diplomacy.Model.World;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// What one run leaves for plots and reports: every stance after every round, the proposals and
/// answers exchanged, and the agreements reached. Actors and issues keep world and scenario order,
/// which is the order every plot and table uses.
/// </summary>
/// <param name="Exchanges">Proposal and answer events of the trace, in <c>seq</c> order.</param>
public sealed record RunHistory(
    string RunId,
    string Scenario,
    int Seed,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Issue> Issues,
    IReadOnlyList<StanceRow> Stances,
    IReadOnlyList<TraceEvent> Exchanges,
    IReadOnlyList<Agreement> Agreements)
{
    /// <summary>
    /// Stance changes (shocks, agreements, forum moves) that come from scenario events resting on an
    /// assumption rather than on the article (<see cref="Scenarios.Scenario.EventBasis"/>), in seq order.
    /// </summary>
    public IReadOnlyList<TraceEvent> FromAssumptions { get; init; } = [];

    public int LastRound => Stances.Count == 0 ? 0 : Stances.Max(s => s.Round);

    /// <summary>Rounds and positions of one actor on one issue, in round order.</summary>
    public IReadOnlyList<StanceRow> Trajectory(string actor, string issue) =>
        Stances.Where(s => s.Actor == actor && s.Issue == issue).OrderBy(s => s.Round).ToList();

    /// <summary>The actor's position on the issue after the last round it has one, or null if it never took one.</summary>
    public double? FinalPosition(string actor, string issue) =>
        Trajectory(actor, issue) is [.., var last] ? last.Position : null;

    public string ActorName(string id) => Actors.FirstOrDefault(a => a.Id == id)?.Name ?? id;
}
