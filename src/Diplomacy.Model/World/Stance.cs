namespace Diplomacy.Model.World;

/// <summary>
/// An actor's seeded position on one issue, with where it comes from.
/// </summary>
/// <param name="Position">Where the actor stands on the issue's 0–100 scale.</param>
/// <param name="Salience">How much the issue matters to the actor, in [0, 1].</param>
/// <param name="Resolve">How hard the actor holds the position, in [0, 1]: 1 never concedes, 0 concedes at once.</param>
/// <param name="Quote">Exact words of the article that state or imply the stance; null when assumed.</param>
/// <param name="Assumption">Why a number was assumed where the article is silent; null when stated.</param>
/// <param name="Source">Outside source an assumption rests on, if any.</param>
/// <param name="RedLine">Positions the actor refuses to cross, if the article gives any.</param>
public sealed record Stance(
    string Actor,
    string Issue,
    double Position,
    double Salience,
    double Resolve,
    Confidence Confidence,
    string? Quote,
    string? Assumption,
    string? Source,
    RedLine? RedLine)
{
    /// <summary>Keys of the world file still written <c>draft</c> here (for example <c>position</c>); their values are placeholders.</summary>
    public IReadOnlyList<string> Undecided { get; init; } = [];
}
