using System.Globalization;
using Diplomacy.Runtime.Output;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Running;

/// <summary>Checks a scenario's stop conditions after a round; the first one met (in file order) ends the run.</summary>
public static class StopRules
{
    public static string? FirstMet(
        IReadOnlyList<StopCondition> conditions,
        IReadOnlyList<StanceRow> before,
        IReadOnlyList<StanceRow> after,
        IReadOnlyList<Agreement> agreements) =>
        conditions.Select(c => Check(c, before, after, agreements)).FirstOrDefault(reason => reason is not null);

    private static string? Check(StopCondition condition, IReadOnlyList<StanceRow> before, IReadOnlyList<StanceRow> after, IReadOnlyList<Agreement> agreements) =>
        condition switch
        {
            AgreementReached reached => agreements.FirstOrDefault(a => a.Terms.Any(t => t.Issue == reached.Issue)) is { } agreement
                ? $"agreement reached on {reached.Issue} between {agreement.From} and {agreement.To}"
                : null,
            PositionsConverge converge => Spread(after, converge) is { } spread && spread <= converge.Spread
                ? $"positions on {converge.Issue} within {Number(converge.Spread)} of each other (spread {Number(spread)})"
                : null,
            NothingMoves still => LargestMove(before, after) is var largest && largest <= still.Tolerance
                ? $"no stance moved by more than {Number(still.Tolerance)} (largest move {Number(largest)})"
                : null,
            _ => throw new ArgumentException($"unknown stop condition {condition.GetType().Name}", nameof(condition)),
        };

    private static double? Spread(IReadOnlyList<StanceRow> rows, PositionsConverge converge)
    {
        var positions = rows
            .Where(r => r.Issue == converge.Issue && (converge.Actors.Count == 0 || converge.Actors.Contains(r.Actor)))
            .Select(r => r.Position)
            .ToList();
        return positions.Count == 0 ? null : positions.Max() - positions.Min();
    }

    // Rows come in the same actor and issue order every round, so they pair up by index.
    private static double LargestMove(IReadOnlyList<StanceRow> before, IReadOnlyList<StanceRow> after) =>
        before.Zip(after, (b, a) => Math.Abs(a.Position - b.Position)).DefaultIfEmpty(0).Max();

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
