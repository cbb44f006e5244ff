using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;

namespace Diplomacy.Contracts.Plan;

/// <summary>
/// Something that happens in a round of a planned run. The set of kinds is closed: every kind
/// hands itself to the matching method of an <see cref="IPlannedEventHandler{T}"/>, so a new kind
/// that some handler does not handle fails to compile.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-event")]
public abstract record PlannedEvent
{
    /// <summary>The round it happens in (1-based).</summary>
    [Id(0)]
    public required int Round { get; init; }

    /// <summary>What the event rests on (the scenario's note and assumption, as written); null when neither.</summary>
    [Id(1)]
    public EventProvenance? Basis { get; init; }

    public abstract T Accept<T>(IPlannedEventHandler<T> handler);
}

/// <summary>One method per kind of planned event.</summary>
public interface IPlannedEventHandler<out T>
{
    T Propose(PlannedProposal proposal);

    T Shock(PlannedShock shock);

    T Exclude(PlannedExclusion exclusion);

    T Include(PlannedInclusion inclusion);

    T Sit(PlannedForum forum);
}

/// <summary><paramref name="From"/> offers <paramref name="To"/> these terms; the recipient accepts, rejects or counters.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-proposal")]
public sealed record PlannedProposal(
    [property: Id(0)] string From,
    [property: Id(1)] string To,
    [property: Id(2)] IReadOnlyList<TermValue> Terms) : PlannedEvent
{
    public override T Accept<T>(IPlannedEventHandler<T> handler) => handler.Propose(this);
}

/// <summary>
/// An outside event sets <paramref name="Actor"/>'s stance on <paramref name="Issue"/> (<paramref name="Set"/>)
/// or shifts it (<paramref name="Shift"/>); it stops at the actor's red line unless <paramref name="BreaksRedLine"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-shock")]
public sealed record PlannedShock(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Issue,
    [property: Id(2)] double? Set,
    [property: Id(3)] double? Shift,
    [property: Id(4)] bool BreaksRedLine = false) : PlannedEvent
{
    public override T Accept<T>(IPlannedEventHandler<T> handler) => handler.Shock(this);
}

/// <summary>From this round on, these actors sit at no forum and their proposals are not delivered.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-exclusion")]
public sealed record PlannedExclusion([property: Id(0)] IReadOnlyList<string> Actors) : PlannedEvent
{
    public override T Accept<T>(IPlannedEventHandler<T> handler) => handler.Exclude(this);
}

/// <summary>From this round on, these actors may sit and talk again.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-inclusion")]
public sealed record PlannedInclusion([property: Id(0)] IReadOnlyList<string> Actors) : PlannedEvent
{
    public override T Accept<T>(IPlannedEventHandler<T> handler) => handler.Include(this);
}

/// <summary>A sitting of forum <paramref name="Name"/> among <paramref name="Members"/> (excluded actors are left out) on these issues.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.planned-forum")]
public sealed record PlannedForum(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<string> Members,
    [property: Id(2)] IReadOnlyList<string> Issues) : PlannedEvent
{
    public override T Accept<T>(IPlannedEventHandler<T> handler) => handler.Sit(this);
}
