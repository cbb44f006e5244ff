using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Classroom.Protocol;

/// <summary>A scenario as the pages draw it: issues with their scale's ends, actors, ties, seeded stances, and the order of every round's positions.</summary>
internal sealed record ScenarioView(
    string Name,
    string Description,
    int Rounds,
    int Seed,
    bool Uploaded,
    bool HasInfo,
    IReadOnlyList<IssueView> Issues,
    IReadOnlyList<ActorView> Actors,
    IReadOnlyList<TieView> Ties,
    IReadOnlyList<StanceView> Stances,
    IReadOnlyList<string[]> StanceOrder)
{
    public static ScenarioView Of(Scenario scenario, RunPlan plan, bool uploaded, bool hasInfo)
    {
        var world = scenario.World;
        return new ScenarioView(
            scenario.Name,
            scenario.Description,
            plan.Rounds,
            plan.Seed,
            uploaded,
            hasInfo,
            [.. scenario.Issues.Select(id => world.FindIssue(id)!).Select(i => new IssueView(i.Id, i.Title, i.Low, i.High))],
            [.. world.Actors.Select(a => new ActorView(a.Id, a.Name, a.Kind.ToString().ToLowerInvariant(), a.Role, a.MemberOf))],
            [.. plan.Ties.Select(t => new TieView(t.Listener, t.Speaker, t.Weight))],
            [.. plan.Actors.SelectMany(a => a.Stances.Select(s => new StanceView(
                a.Actor,
                s.Issue,
                s.Position,
                s.Salience,
                s.Resolve,
                s.RedLineMinimum is { } min && s.RedLineMaximum is { } max ? [min, max] : null)))],
            [.. plan.StanceOrder().Select(s => new[] { s.Actor, s.Issue })]);
    }
}

internal sealed record IssueView(string Id, string Title, string Low, string High);

internal sealed record ActorView(string Id, string Name, string Kind, string Role, string? MemberOf);

internal sealed record TieView(string Listener, string Speaker, double Weight);

internal sealed record StanceView(string Actor, string Issue, double Position, double Salience, double Resolve, double[]? RedLine);

internal sealed record TermView(string Issue, double Position);

/// <summary>
/// One trace event as the feed shows it: the trace's own fields and words (<see cref="TraceProse"/>);
/// the scenario event's basis apart from the reason, so the page can set it in smaller type.
/// </summary>
internal sealed record EventView(
    long Seq,
    int Round,
    string Type,
    string? From,
    string? To,
    string? Issue,
    IReadOnlyList<TermView>? Terms,
    string? Decision,
    double? Utility,
    double? Before,
    double? After,
    string? Reason,
    string? Basis)
{
    public static EventView Of(TraceEvent e) => new(
        e.Seq,
        e.Round,
        TraceProse.Type(e),
        e.From,
        e.To,
        e.Issue,
        e.Terms?.Select(t => new TermView(t.Issue, t.Position)).ToList(),
        TraceProse.Decision(e),
        e.Utility,
        e.Before,
        e.After,
        TraceProse.Reason(e.Reason),
        e.Basis is { } basis && EventBasis.Mark(basis.Note, basis.Assumption) is { Length: > 0 } mark ? mark : null);
}

/// <summary>A completed round: its events and every position after it, in the scenario's stance order.</summary>
internal sealed record RoundView(int Round, IReadOnlyList<EventView> Events, double[] Positions);
