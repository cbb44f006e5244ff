using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Something that happens in a given round (1-based). <see cref="Location"/> points at it in the file.
/// The kinds are a closed set: each hands itself to the matching method of an
/// <see cref="IScenarioEventVisitor{T}"/>, so a new kind that some consumer does not handle fails to compile.
/// </summary>
public abstract record ScenarioEvent(int Round, SourceLocation Location)
{
    /// <summary>The article line the event rests on, in the file's words, for the trace; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>
    /// Why an event the article does not report (an invented offer, shock or sitting) is a
    /// reasonable what-if; null when the event rests on the article alone. Every event has a note,
    /// an assumption or both, and the trace marks the moves that come from assumed events.
    /// </summary>
    public string? Assumption { get; init; }

    public abstract T Accept<T>(IScenarioEventVisitor<T> visitor);
}

/// <summary>One method per kind of scenario event.</summary>
public interface IScenarioEventVisitor<out T>
{
    T Propose(ProposeEvent propose);

    T Shock(ShockEvent shock);

    T Exclude(ExcludeEvent exclude);

    T Include(IncludeEvent include);

    T Forum(ForumEvent forum);
}

/// <summary>One issue's value in a proposal, on the issue's 0–100 scale.</summary>
public sealed record Term(string Issue, double Position);

/// <summary><paramref name="From"/> offers <paramref name="To"/> these terms; the recipient accepts, rejects or counters.</summary>
public sealed record ProposeEvent(int Round, SourceLocation Location, string From, string To, IReadOnlyList<Term> Terms)
    : ScenarioEvent(Round, Location)
{
    public override T Accept<T>(IScenarioEventVisitor<T> visitor) => visitor.Propose(this);
}

/// <summary>
/// An outside event moves a stance: <paramref name="Set"/> puts it at a position, or
/// <paramref name="Shift"/> moves it by an amount (clamped to the scale). Exactly one is given.
/// </summary>
public sealed record ShockEvent(int Round, SourceLocation Location, string Actor, string Issue, double? Set, double? Shift)
    : ScenarioEvent(Round, Location)
{
    /// <summary>
    /// True when the what-if is that the actor's red line on the issue breaks: the shock may cross
    /// it, the line no longer binds, and the trace says so. Without it a shock never crosses a red line.
    /// </summary>
    public bool BreaksRedLine { get; init; }

    public override T Accept<T>(IScenarioEventVisitor<T> visitor) => visitor.Shock(this);
}

/// <summary>From this round on, these actors sit at no forum (and their proposals are not delivered).</summary>
public sealed record ExcludeEvent(int Round, SourceLocation Location, IReadOnlyList<string> Actors)
    : ScenarioEvent(Round, Location)
{
    public override T Accept<T>(IScenarioEventVisitor<T> visitor) => visitor.Exclude(this);
}

/// <summary>From this round on, these actors may sit at forums again.</summary>
public sealed record IncludeEvent(int Round, SourceLocation Location, IReadOnlyList<string> Actors)
    : ScenarioEvent(Round, Location)
{
    public override T Accept<T>(IScenarioEventVisitor<T> visitor) => visitor.Include(this);
}

/// <summary>A multilateral round among <paramref name="Members"/> (excluded actors are left out) on these issues.</summary>
public sealed record ForumEvent(int Round, SourceLocation Location, string Name, IReadOnlyList<string> Members, IReadOnlyList<string> Issues)
    : ScenarioEvent(Round, Location)
{
    public override T Accept<T>(IScenarioEventVisitor<T> visitor) => visitor.Forum(this);
}
