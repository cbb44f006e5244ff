using System.Diagnostics;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;
using WireActorKind = Diplomacy.Contracts.Messages.ActorKind;

namespace Diplomacy.Runtime.Running;

/// <summary>
/// Turns a scenario (read and checked from files, not an Orleans type) into the plan a run grain
/// conducts: every actor of the world with its setup — even one with no stance on the issues in
/// play, which can still sit at a forum or be offered terms — the ties, the events and stop
/// conditions as typed records, and the models' settings. What the file reader cannot know (a
/// scenario built in code naming an actor the world lacks) is reported here, every mistake at once,
/// before anything runs.
/// </summary>
public static class RunPlanner
{
    /// <param name="stepped">When true the run plays a round only when it is stepped (see <see cref="ConductedRun.StepAsync"/>).</param>
    public static RunPlan Plan(Scenario scenario, RunOptions options, bool stepped = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var seed = options.Seed ?? scenario.Seed;
        // Every random draw of the run comes from its seed, here, before anything is planned.
        scenario = ScenarioDraws.Apply(scenario, seed);
        var rounds = options.Rounds ?? scenario.Rounds;
        var concession = scenario.Models.Concession;
        var deadline = concession.Deadline ?? rounds;
        var errors = new List<InputError>();
        var events = scenario.Events.Select(e => e.Accept(new EventPlanner(scenario.World, errors))).ToList();
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new RunPlan(
            ScenarioRunner.RunId(scenario.Name, seed),
            scenario.Name,
            seed,
            rounds,
            scenario.Issues,
            [.. scenario.World.Actors.Select(a => SetupOf(a, scenario, concession.Beta, deadline))],
            [.. scenario.World.Ties.Select(t => new InfluenceLink(t.Listener, t.Speaker, t.Weight))],
            events,
            [.. scenario.StopWhen.Select(s => s.Accept(new StopPlanner()))],
            new PlannedModels(VariantOf(scenario.Models.ExpectedUtility), concession.Beta, deadline, scenario.Models.Influence.Enabled, scenario.Models.Influence.StepsPerRound),
            stepped,
            Activity.Current?.Id);
    }

    private static ActorSetup SetupOf(Actor actor, Scenario scenario, double beta, int deadline)
    {
        var stances = scenario.Issues
            .Select(issue => scenario.World.FindStance(actor.Id, issue))
            .OfType<Stance>()
            .Select(s => new IssueStance(s.Issue, s.Position, s.Salience, s.Resolve, s.RedLine?.Minimum, s.RedLine?.Maximum));
        return new ActorSetup(actor.Id, KindOf(actor.Kind), actor.MemberOf, actor.Capability, actor.Susceptibility, [.. stances], beta, deadline, ResolveBounded: scenario.Models.IsResolveBounded);
    }

    private static WireActorKind KindOf(Model.World.ActorKind kind) => kind switch
    {
        Model.World.ActorKind.State => WireActorKind.State,
        Model.World.ActorKind.Organisation => WireActorKind.Organisation,
        Model.World.ActorKind.Leader => WireActorKind.Leader,
        Model.World.ActorKind.Analyst => WireActorKind.Analyst,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an actor kind"),
    };

    private static ExpectedUtilityVariant VariantOf(string name) => name switch
    {
        "bdm" => ExpectedUtilityVariant.Bdm,
        "bdm-scholz" => ExpectedUtilityVariant.BdmScholz,
        _ => throw new ArgumentException($"unknown expected-utility variant '{name}' (expected bdm or bdm-scholz)", nameof(name)),
    };

    /// <summary>One planned event per scenario event, checking the ids the world must know.</summary>
    private sealed class EventPlanner(SeedWorld world, List<InputError> errors) : IScenarioEventVisitor<PlannedEvent>
    {
        public PlannedEvent Propose(ProposeEvent propose)
        {
            RequireActor(propose.From, propose.Location);
            RequireActor(propose.To, propose.Location);
            if (propose.From == propose.To)
            {
                errors.Add(new InputError(propose.Location, $"'{propose.From}' cannot propose to itself: 'from' and 'to' must be different actors"));
            }

            return new PlannedProposal(propose.From, propose.To, [.. propose.Terms.Select(t => new TermValue(t.Issue, t.Position))]) { Round = propose.Round, Basis = BasisOf(propose) };
        }

        public PlannedEvent Shock(ShockEvent shock)
        {
            if (RequireActor(shock.Actor, shock.Location) && world.FindStance(shock.Actor, shock.Issue) is null)
            {
                errors.Add(new InputError(shock.Location, $"actor '{shock.Actor}' holds no stance on issue '{shock.Issue}'"));
            }

            return new PlannedShock(shock.Actor, shock.Issue, shock.Set, shock.Shift, shock.BreaksRedLine) { Round = shock.Round, Basis = BasisOf(shock) };
        }

        public PlannedEvent Exclude(ExcludeEvent exclude) => new PlannedExclusion(exclude.Actors) { Round = exclude.Round, Basis = BasisOf(exclude) };

        public PlannedEvent Include(IncludeEvent include) => new PlannedInclusion(include.Actors) { Round = include.Round, Basis = BasisOf(include) };

        public PlannedEvent Forum(ForumEvent forum)
        {
            foreach (var member in forum.Members)
            {
                RequireActor(member, forum.Location);
            }

            return new PlannedForum(forum.Name, forum.Members, forum.Issues) { Round = forum.Round, Basis = BasisOf(forum) };
        }

        private static EventProvenance? BasisOf(ScenarioEvent scenarioEvent) => EventProvenance.Of(scenarioEvent.Note, scenarioEvent.Assumption);

        private bool RequireActor(string actor, SourceLocation location)
        {
            if (world.FindActor(actor) is not null)
            {
                return true;
            }

            errors.Add(new InputError(location, $"actor '{actor}' is not in the world"));
            return false;
        }
    }

    private sealed class StopPlanner : IStopConditionVisitor<PlannedStop>
    {
        public PlannedStop Agreement(AgreementReached reached) => new StopOnAgreement(reached.Issue);

        public PlannedStop Converge(PositionsConverge converge) => new StopOnConvergence(converge.Issue, converge.Spread, converge.Actors);

        public PlannedStop NothingMoves(NothingMoves still) => new StopWhenStill(still.Tolerance);
    }
}
