using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Reports;

/// <summary>One actor's final stance on one issue under two scenarios, and how far apart they end.</summary>
/// <param name="Difference">Second minus first; null when either run has no stance for the pair.</param>
public sealed record StanceDifference(string Actor, string ActorName, string Issue, double? First, double? Second, double? Difference)
{
    /// <summary>Every actor and issue of either run, in the first run's order, then any the second adds.</summary>
    public static IReadOnlyList<StanceDifference> Between(RunHistory first, RunHistory second)
    {
        var actors = first.Actors.Concat(second.Actors.Where(a => first.Actors.All(f => f.Id != a.Id))).ToList();
        var issues = first.Issues.Concat(second.Issues.Where(i => first.Issues.All(f => f.Id != i.Id))).ToList();
        var rows = new List<StanceDifference>();
        foreach (var actor in actors)
        {
            foreach (var issue in issues)
            {
                var a = first.FinalPosition(actor.Id, issue.Id);
                var b = second.FinalPosition(actor.Id, issue.Id);
                if (a is null && b is null)
                {
                    continue;
                }

                rows.Add(new StanceDifference(actor.Id, actor.Name, issue.Id, a, b, b - a));
            }
        }

        return rows;
    }
}
