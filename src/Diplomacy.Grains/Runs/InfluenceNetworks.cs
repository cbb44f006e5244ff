using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Model.Dynamics;
using Diplomacy.Model.Influence;
using Diplomacy.Model.World;

namespace Diplomacy.Grains.Runs;

/// <summary>
/// Who listens to whom on each issue of a run. Who holds a stance on an issue is fixed for the run,
/// and so is the network among them: built once per issue from the plan, not every round. Looked up
/// by issue only, never iterated.
/// </summary>
internal sealed class InfluenceNetworks(RunPlan plan)
{
    private readonly Dictionary<string, IssueNetwork> _byIssue = new(StringComparer.Ordinal);

    public IssueNetwork On(string issue)
    {
        if (!_byIssue.TryGetValue(issue, out var network))
        {
            var holders = Enumerable.Range(0, plan.Actors.Count).Where(a => plan.Actors[a].Find(issue) is not null).ToList();
            var ties = plan.Ties.Select(t => new InfluenceTie(t.Listener, t.Speaker, t.Weight)).ToList();
            network = new IssueNetwork(
                holders,
                InfluenceNetwork.Build([.. holders.Select(h => Listener(h, issue))], ties),
                [.. holders.Select(h => plan.Actors[h].Find(issue)!.RedLine())],
                [.. holders.Select(h => SusceptibilityOf(h, issue))]);
            _byIssue.Add(issue, network);
        }

        return network;
    }

    /// <summary>
    /// How readily actor <paramref name="actor"/> (its index in the plan) listens on <paramref name="issue"/>:
    /// its susceptibility λ, or λ (1 − resolve × salience) under the resolve-bounded dynamics
    /// (<see cref="ResolveBound.IssueSusceptibility"/>).
    /// </summary>
    private double SusceptibilityOf(int actor, string issue)
    {
        var setup = plan.Actors[actor];
        return setup.ResolveBounded && setup.Find(issue) is { } stance
            ? ResolveBound.IssueSusceptibility(setup.Susceptibility, stance.Resolve, stance.Salience)
            : setup.Susceptibility;
    }

    // The network reads an actor's id and its susceptibility on the issue; the rest of the world record is not needed.
    private Actor Listener(int actor, string issue)
    {
        var setup = plan.Actors[actor];
        return new(setup.Actor, setup.Actor, Model.World.ActorKind.State, string.Empty, setup.MemberOf, setup.Capability, SusceptibilityOf(actor, issue));
    }
}

/// <summary>
/// The actors (indices into the plan) holding a stance on an issue, the influence network among
/// them, and each holder's red line and susceptibility on the issue, all in holder order.
/// </summary>
internal sealed class IssueNetwork(IReadOnlyList<int> holders, FriedkinJohnsen network, IReadOnlyList<RedLine?> redLines, IReadOnlyList<double> susceptibilities)
{
    // Whom each holder hears, as the trace reports it; the network fixes it for the whole run.
    private readonly IReadOnlyList<SpeakerWeight>?[] _speakers = new IReadOnlyList<SpeakerWeight>?[holders.Count];

    public IReadOnlyList<int> Holders => holders;

    public FriedkinJohnsen Network => network;

    /// <summary>The red line the holder at <paramref name="holder"/> was given, or null.</summary>
    public RedLine? RedLineOf(int holder) => redLines[holder];

    public double SusceptibilityOf(int holder) => susceptibilities[holder];

    public IReadOnlyList<SpeakerWeight> SpeakersOf(int holder) =>
        _speakers[holder] ??= [.. network.SpeakersOf(holder).Select(s => new SpeakerWeight(s.Actor, s.Weight))];
}
