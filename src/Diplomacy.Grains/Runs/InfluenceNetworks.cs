using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
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
            network = new IssueNetwork(holders, InfluenceNetwork.Build([.. holders.Select(h => WorldActor(plan.Actors[h]))], ties));
            _byIssue.Add(issue, network);
        }

        return network;
    }

    // The network reads an actor's id, membership and susceptibility; the rest of the world record is not needed.
    private static Actor WorldActor(ActorSetup setup) =>
        new(setup.Actor, setup.Actor, Model.World.ActorKind.State, string.Empty, setup.MemberOf, setup.Capability, setup.Susceptibility);
}

/// <summary>The actors (indices into the plan) holding a stance on an issue, and the influence network among them, in that order.</summary>
internal sealed record IssueNetwork(IReadOnlyList<int> Holders, FriedkinJohnsen Network);
