namespace Diplomacy.Grains.State;

/// <summary>The expected-utility model's Δ for one issue: the spread of positions at its first sitting.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.issue-range")]
public sealed record IssueRange([property: Id(0)] string Issue, [property: Id(1)] double Range);
