namespace Diplomacy.Contracts.Messages;

/// <summary>
/// An outside event: set the stance to <paramref name="Set"/> or move it by <paramref name="Shift"/>
/// (exactly one). It stops at the actor's red line unless <paramref name="BreaksRedLine"/>, when it
/// crosses the line and the line no longer binds the actor.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.shock-order")]
public sealed record ShockOrder(
    [property: Id(0)] long Epoch,
    [property: Id(1)] string Issue,
    [property: Id(2)] double? Set,
    [property: Id(3)] double? Shift,
    [property: Id(4)] bool BreaksRedLine = false);
