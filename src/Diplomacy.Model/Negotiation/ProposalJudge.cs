using Diplomacy.Model.Concession;
using Diplomacy.Model.Utility;
using Diplomacy.Model.World;

namespace Diplomacy.Model.Negotiation;

/// <summary>
/// How an actor judges an offer (MODELS.md §2–3): linear-additive utility over the issues it holds,
/// with red lines as hard limits, against the aspiration of Faratin's time-dependent tactic in the
/// answering round. Its ideal is where it stands now. Accept at or above the aspiration; reject an
/// offer across a red line; otherwise counter at the aspiration.
/// </summary>
public static class ProposalJudge
{
    public static Judgement Judge(IReadOnlyList<HeldIssue> issues, IReadOnlyList<IssueTerm> terms, int round, ConcessionPace pace)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(pace);
        var held = new List<(IssueTerm Term, HeldIssue Issue)>();
        foreach (var term in terms)
        {
            if (Find(issues, term.Issue) is { } issue)
            {
                held.Add((term, issue));
            }
        }

        if (held.Count == 0)
        {
            return new Judgement(Decision.Reject, 0, 1, round, pace.Deadline, JudgementGround.NoStanceHeld, null, []);
        }

        var utility = new MultiIssueUtility([.. held.Select(x => new IssuePreference(x.Term.Issue, x.Issue.Position, x.Issue.Salience, Issue.Range, x.Issue.RedLine))]);
        var verdict = utility.Evaluate([.. held.Select(x => x.Term.Position)]);
        var tactic = pace.WithReservation(Reservation([.. held.Select(x => x.Issue.Resolve)], utility.Weights));
        var aspiration = tactic.Aspiration(round);
        if (verdict.Breach is { } breach)
        {
            return new Judgement(Decision.Reject, verdict.Utility, aspiration, round, tactic.Deadline, JudgementGround.RedLineCrossed, breach, []);
        }

        if (tactic.Accepts(verdict.Utility, round))
        {
            return new Judgement(Decision.Accept, verdict.Utility, aspiration, round, tactic.Deadline, JudgementGround.AspirationMet, null, []);
        }

        // Terms on issues the actor holds move toward its ideal; terms on others stand as offered.
        var counter = terms
            .Select(term => Find(issues, term.Issue) is { } issue
                ? new IssueTerm(term.Issue, ConcessionTactic.CounterOffer(issue.Position, term.Position, aspiration, Issue.Range))
                : term)
            .ToList();
        return new Judgement(Decision.Counter, verdict.Utility, aspiration, round, tactic.Deadline, JudgementGround.AspirationMissed, null, counter);
    }

    /// <summary>
    /// The reservation value: the salience-weighted resolve over the issues offered. Resolve r on an
    /// issue means the actor will, at the deadline, give up at most (1 − r) of the issue's scale from
    /// where it stands (resolve 1 never moves, 0 would take anything its red lines allow).
    /// </summary>
    public static double Reservation(IReadOnlyList<double> resolves, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(resolves);
        ArgumentNullException.ThrowIfNull(weights);
        return Math.Clamp(resolves.Select((r, k) => r * weights[k]).Sum(), 0, 1);
    }

    private static HeldIssue? Find(IReadOnlyList<HeldIssue> issues, string issue)
    {
        foreach (var held in issues)
        {
            if (held.Issue == issue)
            {
                return held;
            }
        }

        return null;
    }
}
