using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests;

/// <summary>What the client hands the run grain: the scenario as typed data, checked before anything runs.</summary>
public sealed class RunPlannerTests
{
    [Fact]
    public void Every_actor_of_the_world_is_planned_with_its_stances_in_scenario_issue_order()
    {
        var plan = RunPlanner.Plan(TestScenarios.Baseline(), new RunOptions(Seed: 11, Rounds: 5));

        Assert.Equal(("test-talks-11", 11, 5), (plan.Run, plan.Seed, plan.Rounds));
        Assert.Equal(TestScenarios.World.Actors.Select(a => a.Id), plan.Actors.Select(a => a.Actor));
        var putin = plan.FindActor("putin")!;
        Assert.Equal((ActorKind.Leader, "rus"), (putin.Kind, putin.MemberOf));
        Assert.Equal([TestScenarios.Ceasefire, TestScenarios.Territory], putin.Stances.Select(s => s.Issue));
        Assert.Equal((60.0, 100.0), (putin.Find(TestScenarios.Territory)!.RedLineMinimum!.Value, putin.Find(TestScenarios.Territory)!.RedLineMaximum!.Value));

        // No deadline in the scenario: the concession tactic's deadline is the run's last round.
        Assert.Equal((5, 5), (plan.Models.Deadline, putin.Deadline));
        Assert.Equal(ExpectedUtilityVariant.Bdm, plan.Models.ExpectedUtility);
        Assert.Equal(plan.Actors.Sum(a => a.Stances.Count), plan.StanceOrder().Count());
    }

    [Fact]
    public void Events_keep_their_kind_round_order_and_note()
    {
        var here = new SourceLocation("notes.yaml", 1, 1);
        var scenario = TestScenarios.Baseline() with
        {
            Events =
            [
                new ProposeEvent(1, here, "trump", "putin", [new Term(TestScenarios.Ceasefire, 70)]) { Note = "line 4" },
                new ShockEvent(2, here, "putin", TestScenarios.Ceasefire, Set: null, Shift: -10),
                new ExcludeEvent(2, here, ["zelensky"]),
                new IncludeEvent(3, here, ["zelensky"]),
                new ForumEvent(3, here, "talks", ["trump", "putin"], [TestScenarios.Territory]),
            ],
        };

        var plan = RunPlanner.Plan(scenario, new RunOptions());

        Assert.Equal(
            [typeof(PlannedProposal), typeof(PlannedShock), typeof(PlannedExclusion), typeof(PlannedInclusion), typeof(PlannedForum)],
            plan.Events.Select(e => e.GetType()));
        Assert.Equal([1, 2, 2, 3, 3], plan.Events.Select(e => e.Round));
        Assert.Equal(new EventProvenance("line 4", null), plan.Events[0].Basis);
        Assert.Equal([new TermValue(TestScenarios.Ceasefire, 70)], ((PlannedProposal)plan.Events[0]).Terms);
    }

    [Fact]
    public void Every_mistake_the_world_shows_up_is_reported_at_once_with_its_location()
    {
        var scenario = TestScenarios.Baseline() with
        {
            Events =
            [
                new ProposeEvent(1, new SourceLocation("bad.yaml", 3, 5), "trump", "nobody", [new Term(TestScenarios.Ceasefire, 70)]),
                new ShockEvent(1, new SourceLocation("bad.yaml", 5, 5), "eu", "sanctions", Set: 10, Shift: null),
                new ForumEvent(2, new SourceLocation("bad.yaml", 7, 5), "talks", ["trump", "ghost"], [TestScenarios.Ceasefire]),
                new ProposeEvent(2, new SourceLocation("bad.yaml", 9, 5), "putin", "putin", [new Term(TestScenarios.Ceasefire, 70)]),
            ],
        };

        var errors = Assert.Throws<InputException>(() => RunPlanner.Plan(scenario, new RunOptions())).Errors;

        Assert.Equal(
            [
                "bad.yaml:3:5: error: actor 'nobody' is not in the world",
                "bad.yaml:5:5: error: actor 'eu' holds no stance on issue 'sanctions'",
                "bad.yaml:7:5: error: actor 'ghost' is not in the world",
                "bad.yaml:9:5: error: 'putin' cannot propose to itself: 'from' and 'to' must be different actors",
            ],
            errors.Select(e => e.ToString()));
    }
}
