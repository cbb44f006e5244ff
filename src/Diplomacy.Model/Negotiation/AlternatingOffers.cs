namespace Diplomacy.Model.Negotiation;

/// <summary>
/// The alternating-offers protocol of a run (Rubinstein's shape, with Faratin's deadline): who is
/// excluded from the talks, which counter-offers wait for an answer (in the order their talks were
/// opened), and what was agreed. A proposal is answered in the round it is made; a counter-offer
/// goes back to the other side, who answers it next round, until one side accepts, one rejects,
/// the next answer would fall after the concession deadline, a party is excluded, or the run ends.
/// Holds no numbers of its own: the answers come from <see cref="ProposalJudge"/> (or a person).
/// </summary>
public sealed class AlternatingOffers
{
    private readonly List<OpenTalks> _open;
    private readonly SortedSet<string> _excluded;
    private readonly List<AgreedTerms> _agreements;

    /// <param name="deadline">The concession deadline T: no counter-offer is answered in a round after it.</param>
    public AlternatingOffers(
        int deadline,
        IEnumerable<OpenTalks>? open = null,
        IEnumerable<string>? excluded = null,
        IEnumerable<AgreedTerms>? agreements = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(deadline, 1);
        Deadline = deadline;
        _open = [.. open ?? []];
        _excluded = new SortedSet<string>(excluded ?? [], StringComparer.Ordinal);
        _agreements = [.. agreements ?? []];
    }

    public int Deadline { get; }

    /// <summary>Counter-offers waiting for an answer, in the order their talks were opened.</summary>
    public IReadOnlyList<OpenTalks> Open => _open;

    /// <summary>Actors excluded from the talks now, in ordinal order.</summary>
    public IReadOnlyCollection<string> Excluded => _excluded;

    /// <summary>Every agreement so far, in the order it was reached.</summary>
    public IReadOnlyList<AgreedTerms> Agreements => _agreements;

    /// <summary>Excludes <paramref name="actor"/> from forums and talks; false when it already was.</summary>
    public bool Exclude(string actor) => _excluded.Add(actor);

    /// <summary>Lets <paramref name="actor"/> sit and talk again; false when it was not excluded.</summary>
    public bool Include(string actor) => _excluded.Remove(actor);

    public bool IsExcluded(string actor) => _excluded.Contains(actor);

    /// <summary>The first of the two parties (in the order given) who is excluded, or null when both may talk.</summary>
    public string? ExcludedParty(string first, string second) =>
        _excluded.Contains(first) ? first : _excluded.Contains(second) ? second : null;

    /// <summary>
    /// The counter-offers owed an answer at the start of a round, in the order their talks were
    /// opened. They leave the open list: answering one may open it again with a new counter-offer.
    /// </summary>
    public IReadOnlyList<OpenTalks> TakeOwed()
    {
        var owed = _open.ToList();
        _open.Clear();
        return owed;
    }

    /// <summary>
    /// Records <paramref name="answerer"/>'s answer in <paramref name="round"/> to
    /// <paramref name="offerer"/>'s <paramref name="terms"/>, and says what it does to the talks.
    /// A counter-offer's talks keep <paramref name="origin"/>, the proposal that opened them.
    /// </summary>
    public ExchangeStep Answered(
        int round,
        string offerer,
        string answerer,
        IReadOnlyList<IssueTerm> terms,
        Decision decision,
        IReadOnlyList<IssueTerm> counterTerms,
        int origin = -1)
    {
        switch (decision)
        {
            case Decision.Accept:
                _agreements.Add(new AgreedTerms(round, offerer, answerer, terms));
                return ExchangeStep.Agreed;
            case Decision.Reject:
                return ExchangeStep.Ended;
            case Decision.Counter when round + 1 > Deadline:
                return ExchangeStep.Lapsed;
            case Decision.Counter:
                _open.Add(new OpenTalks(answerer, offerer, counterTerms, origin));
                return ExchangeStep.CounterOpened;
            default:
                throw new ArgumentOutOfRangeException(nameof(decision), decision, "not a decision");
        }
    }

    /// <summary>The run is over: the talks still waiting for an answer lapse, in the order they were opened.</summary>
    public IReadOnlyList<OpenTalks> CloseAtRunEnd() => TakeOwed();
}
