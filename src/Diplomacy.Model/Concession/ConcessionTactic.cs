namespace Diplomacy.Model.Concession;

/// <summary>
/// Faratin, Sierra &amp; Jennings' time-dependent concession (MODELS.md §2) with GENIUS's
/// choices: k = 0 and u_max = 1, so f(t) = (t/T)^{1/β} and the aspiration is
/// u(t) = u_min + (1 − f(t)) (1 − u_min), with u_min the reservation value.
/// </summary>
/// <param name="Beta">β ≥ 0: below 1 concedes late (Boulware), 1 linearly, above 1 early
/// (Conceder); 0 never concedes.</param>
/// <param name="Deadline">T, in rounds (positive); after it the aspiration stays at the reservation value.</param>
/// <param name="Reservation">u_min in [0, 1]: the utility below which the agent never goes.</param>
/// <param name="Kind">The family member's name, for reports.</param>
public sealed record ConcessionTactic(double Beta, int Deadline, double Reservation, ConcessionKind Kind)
{
    public const double BoulwareBeta = 0.2;
    public const double LinearBeta = 1.0;
    public const double ConcederBeta = 2.0;

    public double Beta { get; } = double.IsFinite(Beta) && Beta >= 0
        ? Beta
        : throw new ArgumentOutOfRangeException(nameof(Beta), Beta, "β must be finite and non-negative");

    public int Deadline { get; } = Deadline > 0
        ? Deadline
        : throw new ArgumentOutOfRangeException(nameof(Deadline), Deadline, "the deadline must be at least one round");

    public double Reservation { get; } = Reservation is >= 0 and <= 1
        ? Reservation
        : throw new ArgumentOutOfRangeException(nameof(Reservation), Reservation, "the reservation value must be in [0, 1]");

    public static ConcessionTactic Boulware(int deadline, double reservation) => new(BoulwareBeta, deadline, reservation, ConcessionKind.Boulware);

    public static ConcessionTactic Linear(int deadline, double reservation) => new(LinearBeta, deadline, reservation, ConcessionKind.Linear);

    public static ConcessionTactic Conceder(int deadline, double reservation) => new(ConcederBeta, deadline, reservation, ConcessionKind.Conceder);

    /// <summary>The tactic named <c>boulware</c>, <c>linear</c> or <c>conceder</c> (any case).</summary>
    public static ConcessionTactic Named(string name, int deadline, double reservation) => name.ToLowerInvariant() switch
    {
        "boulware" => Boulware(deadline, reservation),
        "linear" => Linear(deadline, reservation),
        "conceder" => Conceder(deadline, reservation),
        _ => throw new ArgumentException($"unknown concession tactic '{name}': expected boulware, linear or conceder", nameof(name)),
    };

    /// <summary>f(t) = (t/T)^{1/β}, with t clamped to [0, T]: the share of the way to the reservation value conceded by round t.</summary>
    public double Conceded(double round)
    {
        var time = Math.Clamp(round / Deadline, 0, 1);
        if (Beta == 0)
        {
            return 0;
        }

        return Math.Pow(time, 1 / Beta);
    }

    /// <summary>u(t): the utility of the bid the agent makes in round <paramref name="round"/>.</summary>
    public double Aspiration(double round) => Reservation + ((1 - Conceded(round)) * (1 - Reservation));

    /// <summary>
    /// GENIUS's acceptance rule: take an offer whose utility is at least that of the bid the
    /// agent would make next, i.e. its aspiration in the round it answers.
    /// </summary>
    public bool Accepts(double offerUtility, double round) => offerUtility >= Aspiration(round);

    /// <summary>
    /// The counter-offer on one issue: the position with utility <paramref name="aspiration"/>
    /// (V = 1 − |ideal − y| / range) that lies between the agent's ideal and the opponent's offer,
    /// never past the offer.
    /// </summary>
    public static double CounterOffer(double ideal, double opponentOffer, double aspiration, double range)
    {
        if (!(range > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, "the issue's range must be positive");
        }

        var gap = opponentOffer - ideal;
        var step = Math.Min(Math.Abs(gap), Math.Max(0, 1 - aspiration) * range);
        return ideal + (Math.Sign(gap) * step);
    }
}
