using Diplomacy.Model.World;

namespace Diplomacy.Model.Negotiation;

/// <summary>
/// An issue an actor holds, as it judges an offer: where it stands now (its ideal), how much the
/// issue matters, how firmly it holds it (resolve, from the seed) and the positions it refuses outright.
/// </summary>
public sealed record HeldIssue(string Issue, double Position, double Salience, double Resolve, RedLine? RedLine);
