namespace Diplomacy.Model.Concession;

/// <summary>The named members of the time-dependent family, as GENIUS names them.</summary>
public enum ConcessionKind
{
    /// <summary>β = 0.2: holds out and concedes near the deadline.</summary>
    Boulware,

    /// <summary>β = 1: concedes the same amount every round.</summary>
    Linear,

    /// <summary>β = 2: concedes early.</summary>
    Conceder,

    /// <summary>Any other β.</summary>
    Custom,
}
