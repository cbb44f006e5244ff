namespace Diplomacy.Contracts.Messages;

/// <summary>An actor's seeded stance on one issue in play, as the grain needs it.</summary>
/// <param name="RedLineMinimum">Lowest position the actor accepts at all; null when it has no red line.</param>
/// <param name="RedLineMaximum">Highest position the actor accepts at all; null when it has no red line.</param>
[GenerateSerializer, Immutable, Alias("diplomacy.issue-stance")]
public sealed record IssueStance(
    [property: Id(0)] string Issue,
    [property: Id(1)] double Position,
    [property: Id(2)] double Salience,
    [property: Id(3)] double Resolve,
    [property: Id(4)] double? RedLineMinimum,
    [property: Id(5)] double? RedLineMaximum);
