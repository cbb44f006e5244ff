namespace Diplomacy.Contracts.Messages;

/// <summary>
/// What a forum sends its members for one issue: every member's position, capability and
/// salience in seat order, the issue's fixed range Δ, and the round's risk assessment (the
/// exponents and the vote total every member's choice shares).
/// </summary>
/// <param name="Variant">The expected-utility variant: <c>bdm</c> or <c>bdm-scholz</c>.</param>
[GenerateSerializer, Immutable, Alias("diplomacy.issue-snapshot")]
public sealed record IssueSnapshot(
    [property: Id(0)] string Issue,
    [property: Id(1)] string Variant,
    [property: Id(2)] IReadOnlyList<string> Actors,
    [property: Id(3)] double[] Positions,
    [property: Id(4)] double[] Capabilities,
    [property: Id(5)] double[] Saliences,
    [property: Id(6)] double Range,
    [property: Id(7)] double[] RiskExponents,
    [property: Id(8)] double VoteTotal);
