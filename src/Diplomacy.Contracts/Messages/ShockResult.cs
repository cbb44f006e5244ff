namespace Diplomacy.Contracts.Messages;

/// <summary>
/// What an outside event did to one stance: the change, where the shock asked the stance to go
/// (clamped to the scale), and how it met the actor's red line.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.shock-result")]
public sealed record ShockResult(
    [property: Id(0)] PositionChange Change,
    [property: Id(1)] double Requested,
    [property: Id(2)] ShockEffect Effect);

/// <summary>How a shock met the actor's red line.</summary>
[GenerateSerializer, Alias("diplomacy.shock-effect")]
public enum ShockEffect
{
    /// <summary>The new position is inside the red line, or there is none.</summary>
    Inside,

    /// <summary>The shock would have crossed the line and stopped at its edge.</summary>
    StoppedAtRedLine,

    /// <summary>The scenario said the shock breaks the line: it crossed, and the line binds no more.</summary>
    BrokeRedLine,
}
