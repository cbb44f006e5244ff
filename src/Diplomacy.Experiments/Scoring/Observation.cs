using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Experiments.Scoring;

/// <summary>
/// Something seen in the world, to hold a sweep's forecast against (docs/scoring.md): it either
/// <see cref="Happened"/> or did not. <see cref="Date"/> is when it was seen, as the file gives it.
/// </summary>
public abstract record Observation(string Id, string? Date, string? Note, bool Happened, SourceLocation Location);

/// <summary>An agreement settling <paramref name="Issue"/> by round <paramref name="ByRound"/> (at that round or before).</summary>
public sealed record AgreementObservation(string Id, string? Date, string? Note, bool Happened, SourceLocation Location, string Issue, int ByRound)
    : Observation(Id, Date, Note, Happened, Location);

/// <summary>The actor's stance on the issue, where the run ends, inside [<paramref name="Low"/>, <paramref name="High"/>].</summary>
public sealed record StanceObservation(string Id, string? Date, string? Note, bool Happened, SourceLocation Location, string Actor, string Issue, double Low, double High)
    : Observation(Id, Date, Note, Happened, Location);
