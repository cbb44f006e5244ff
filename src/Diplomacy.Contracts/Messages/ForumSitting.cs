namespace Diplomacy.Contracts.Messages;

/// <summary>One sitting of a forum: who sits (in order; excluded actors already left out) and on which issues.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.forum-sitting")]
public sealed record ForumSitting(
    [property: Id(0)] StepStamp Stamp,
    [property: Id(1)] string Variant,
    [property: Id(2)] IReadOnlyList<Seat> Members,
    [property: Id(3)] IReadOnlyList<string> Issues);

/// <summary>A member of a forum and which kind of grain represents it.</summary>
[GenerateSerializer, Immutable, Alias("diplomacy.seat")]
public sealed record Seat([property: Id(0)] string Actor, [property: Id(1)] bool IsState);
