using Diplomacy.Model.Concession;

namespace Diplomacy.Model.Negotiation;

/// <summary>
/// The scenario's concession tactic, before an offer fixes the reservation value: the pace β and
/// the deadline T in rounds (MODELS.md §2).
/// </summary>
public sealed record ConcessionPace(double Beta, int Deadline)
{
    /// <summary>The time-dependent tactic with this pace, named after β when β is one of GENIUS's three.</summary>
    public ConcessionTactic WithReservation(double reservation) => new(Beta, Deadline, reservation, KindOf(Beta));

    private static ConcessionKind KindOf(double beta) => beta switch
    {
        ConcessionTactic.BoulwareBeta => ConcessionKind.Boulware,
        ConcessionTactic.LinearBeta => ConcessionKind.Linear,
        ConcessionTactic.ConcederBeta => ConcessionKind.Conceder,
        _ => ConcessionKind.Custom,
    };
}
