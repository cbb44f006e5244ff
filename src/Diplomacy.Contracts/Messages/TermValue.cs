namespace Diplomacy.Contracts.Messages;

/// <summary>One issue's value in a proposal or agreement, on the issue's 0–100 scale.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.term")]
public sealed record TermValue([property: Id(0)] string Issue, [property: Id(1)] double Position);
