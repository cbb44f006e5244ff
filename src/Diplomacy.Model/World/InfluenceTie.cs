namespace Diplomacy.Model.World;

/// <summary>
/// <paramref name="Listener"/> gives <paramref name="Weight"/> to <paramref name="Speaker"/>'s
/// stance when it updates its own (one entry of the Friedkin–Johnsen influence matrix, before
/// rows are normalised).
/// </summary>
public sealed record InfluenceTie(string Listener, string Speaker, double Weight)
{
    /// <summary>Why the listener heeds the speaker (office, alliance, dependence).</summary>
    public string? Rationale { get; init; }
}
