using System.Runtime.CompilerServices;
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

    // Every trajectory, indexed once per stance list: plots ask for each actor's path once per pair
    // of actors (to find coinciding ones), and a scan of every stance per request made plotting a
    // 2,000-actor run take hours. Kept beside the record, not in it, so equality stays the record's.
    private static readonly ConditionalWeakTable<IReadOnlyList<StanceRow>, Dictionary<(string Actor, string Issue), IReadOnlyList<StanceRow>>> Trajectories = new();

    /// <summary>Rounds and positions of one actor on one issue, in round order.</summary>
    public IReadOnlyList<StanceRow> Trajectory(string actor, string issue) =>
        Trajectories.GetValue(Stances, IndexTrajectories).TryGetValue((actor, issue), out var rows) ? rows : [];

    private static Dictionary<(string Actor, string Issue), IReadOnlyList<StanceRow>> IndexTrajectories(IReadOnlyList<StanceRow> stances) =>
        stances.GroupBy(s => (s.Actor, s.Issue)).ToDictionary(g => g.Key, g => (IReadOnlyList<StanceRow>)[.. g.OrderBy(s => s.Round)]);

    /// <summary>The actor's position on the issue after the last round it has one, or null if it never took one.</summary>
    public double? FinalPosition(string actor, string issue) =>
        Trajectory(actor, issue) is [.., var last] ? last.Position : null;

    public string ActorName(string id) => Actors.FirstOrDefault(a => a.Id == id)?.Name ?? id;
}
