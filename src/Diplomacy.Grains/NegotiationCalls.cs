using System.Globalization;
using Diplomacy.Contracts.Messages;
using Diplomacy.Model.Concession;
using Diplomacy.Model.Utility;
using Diplomacy.Model.World;

namespace Diplomacy.Grains;

/// <summary>
/// The seam between a proposal and the models that judge it: linear-additive utility with red
/// lines over the issues the recipient holds, and Faratin's time-dependent tactic for its
/// aspiration and its counter-offer. The recipient's ideal is where it stands now.
/// </summary>
internal static class NegotiationCalls
{
    public static ProposalAnswer Answer(ActorSetup profile, IReadOnlyList<IssuePosition> issues, Proposal proposal)
    {
        var held = proposal.Terms
            .Select(term => (Term: term, Now: issues.FirstOrDefault(i => i.Issue == term.Issue), Seed: profile.Stances.FirstOrDefault(s => s.Issue == term.Issue)))
            .Where(x => x.Now is not null && x.Seed is not null)
            .ToList();
        if (held.Count == 0)
        {
            return new ProposalAnswer(Decision.Reject, 0, 1, null, [], $"{profile.Actor} holds no stance on the issues offered");
        }

        var preferences = held.Select(x => new IssuePreference(x.Term.Issue, x.Now!.Position, x.Now.Salience, Issue.Range, x.Seed!.RedLine())).ToList();
        var utility = new MultiIssueUtility(preferences);
        var verdict = utility.Evaluate([.. held.Select(x => x.Term.Position)]);
        var tactic = TacticOf(profile, held.Select(x => x.Seed!.Resolve).ToList(), utility.Weights);
        var aspiration = tactic.Aspiration(proposal.Round);
        var judged = $"utility {Number(verdict.Utility)} against aspiration {Number(aspiration)} in round {proposal.Round} of {tactic.Deadline}";

        if (verdict.Breach is { } breach)
        {
            return new ProposalAnswer(
                Decision.Reject,
                verdict.Utility,
                aspiration,
                breach.Issue,
                [],
                $"crosses {profile.Actor}'s red line on {breach.Issue}: {Number(breach.Offered)} is outside [{Number(breach.RedLine.Minimum)}, {Number(breach.RedLine.Maximum)}]");
        }

        if (tactic.Accepts(verdict.Utility, proposal.Round))
        {
            return new ProposalAnswer(Decision.Accept, verdict.Utility, aspiration, null, [], $"{judged}: good enough");
        }

        var counter = proposal.Terms
            .Select(term => held.FirstOrDefault(x => x.Term.Issue == term.Issue) is { Now: { } now }
                ? new TermValue(term.Issue, ConcessionTactic.CounterOffer(now.Position, term.Position, aspiration, Issue.Range))
                : term)
            .ToList();
        return new ProposalAnswer(Decision.Counter, verdict.Utility, aspiration, null, counter, $"{judged}: too little, counters at its aspiration");
    }

    // The reservation value is the salience-weighted resolve over the issues offered: resolve r
    // on an issue means the actor will, at the deadline, give up at most (1 − r) of the issue's
    // scale from where it stands (resolve 1 never moves, 0 would take anything its red lines
    // allow). Red lines stay hard limits on top of it. The scenario sets the pace (β) and deadline.
    private static ConcessionTactic TacticOf(ActorSetup profile, IReadOnlyList<double> resolves, IReadOnlyList<double> weights)
    {
        var reservation = Math.Clamp(resolves.Select((r, k) => r * weights[k]).Sum(), 0, 1);
        return new ConcessionTactic(profile.Beta, profile.Deadline, reservation, KindOf(profile.Beta));
    }

    private static ConcessionKind KindOf(double beta) => beta switch
    {
        ConcessionTactic.BoulwareBeta => ConcessionKind.Boulware,
        ConcessionTactic.LinearBeta => ConcessionKind.Linear,
        ConcessionTactic.ConcederBeta => ConcessionKind.Conceder,
        _ => ConcessionKind.Custom,
    };

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
