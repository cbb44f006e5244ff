using Diplomacy.Contracts.Trace;
using Diplomacy.Model.Dynamics;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests;

/// <summary>
/// Every shipped scenario at seeds 1 to 20, on the in-process cluster: no stance moves in one round
/// more than the resolve-bounded dynamics allow (docs/models.md §5) except through terms its actor
/// accepted or an outside event the scenario imposes, and no red line is crossed unless a shock
/// the scenario declares breaks it. The bounds, per actor a and issue k, with σ = resolve × salience
/// and λ the actor's susceptibility:
/// <list type="bullet">
/// <item>a forum move: at most ½ (1 − σ) Δ ≤ ½ (1 − σ) × 100 (Δ the forum's range, at most the scale);</item>
/// <item>an influence step: at most 2 λ (1 − σ) × 100 (influence alone keeps a stance within
/// λ (1 − σ) × 100 of its anchor, so one step crosses at most twice that);</item>
/// <item>a round: the sum of the two, once per sitting on the issue.</item>
/// </list>
/// A core position (resolve and salience 0.8 or more) thus gives up at most about a fifth of the
/// scale in a round, however the forum goes.
/// </summary>
[Collection(OneSiloCollection.Name)]
public sealed class PlausibilityTests(OneSiloCluster fixture)
{
    private const double Tolerance = 1e-9;

    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static TheoryData<string> Scenarios() =>
        new(Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task No_stance_moves_past_its_bound_or_red_line_at_seeds_1_to_20(string name)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(Folder, $"{name}.yaml"));
        Assert.True(scenario.Models.IsResolveBounded, $"{name} is not resolve-bounded");

        var runs = await Task.WhenAll(Enumerable.Range(1, 20).Select(async seed =>
        {
            var sink = new RecordingSink();
            await new ScenarioRunner(fixture.Client).RunAsync(scenario, new RunOptions(Seed: seed), sink);
            return sink;
        }));

        foreach (var run in runs)
        {
            CheckSteps(scenario, run.Events);
            CheckRounds(scenario, run.Events);
            CheckRedLines(scenario, run);
        }

        // The seed names the run; nothing in these scenarios is random, so every seed tells one story.
        var first = runs[0].Stances.Select(r => (r.Round, r.Actor, r.Issue, r.Position)).ToList();
        Assert.All(runs, run => Assert.Equal(first, run.Stances.Select(r => (r.Round, r.Actor, r.Issue, r.Position)).ToList()));
    }

    private static void CheckSteps(Scenario scenario, IReadOnlyList<TraceEvent> events)
    {
        foreach (var e in events.Where(e => e.Type is TraceEventType.Move or TraceEventType.Influence))
        {
            var actor = e.Type == TraceEventType.Move ? e.From! : e.To!;
            var bound = e.Type == TraceEventType.Move ? ForumBound(scenario, actor, e.Issue!) : InfluenceBound(scenario, actor, e.Issue!);
            var moved = Math.Abs(e.After!.Value - e.Before!.Value);
            Assert.True(moved <= bound + Tolerance, $"{scenario.Name} round {e.Round}: {e.Type} of {actor} on {e.Issue} by {moved}, bound {bound} ({e.Words()})");
        }
    }

    private static void CheckRounds(Scenario scenario, IReadOnlyList<TraceEvent> events)
    {
        var unaccepted = events
            .Where(e => e.Type is TraceEventType.Move or TraceEventType.Influence)
            .GroupBy(e => (e.Round, Actor: e.Type == TraceEventType.Move ? e.From! : e.To!, Issue: e.Issue!));
        foreach (var group in unaccepted)
        {
            var sittings = group.Count(e => e.Type == TraceEventType.Move);
            var bound = (sittings * ForumBound(scenario, group.Key.Actor, group.Key.Issue)) + InfluenceBound(scenario, group.Key.Actor, group.Key.Issue);
            var net = Math.Abs(group.Sum(e => e.After!.Value - e.Before!.Value));
            Assert.True(net <= bound + Tolerance, $"{scenario.Name} round {group.Key.Round}: {group.Key.Actor} on {group.Key.Issue} moved {net} without accepted terms, bound {bound}");
        }
    }

    private static void CheckRedLines(Scenario scenario, RecordingSink run)
    {
        var broken = run.Events
            .Where(e => e.Type == TraceEventType.Shock && e.Words()!.Contains("breaks its red line", StringComparison.Ordinal))
            .ToDictionary(e => (e.To!, e.Issue!), e => e.Round);
        foreach (var row in run.Stances)
        {
            if (scenario.World.FindStance(row.Actor, row.Issue)?.RedLine is not { } line
                || (broken.TryGetValue((row.Actor, row.Issue), out var since) && row.Round >= since))
            {
                continue;
            }

            Assert.True(line.Allows(row.Position), $"{scenario.Name} round {row.Round}: {row.Actor} on {row.Issue} at {row.Position}, past its red line [{line.Minimum}, {line.Maximum}]");
        }
    }

    private static double ForumBound(Scenario scenario, string actor, string issue)
    {
        var stance = scenario.World.FindStance(actor, issue)!;
        return ResolveBound.MaxStep(stance.Resolve, stance.Salience, Model.World.Issue.Range);
    }

    private static double InfluenceBound(Scenario scenario, string actor, string issue)
    {
        var stance = scenario.World.FindStance(actor, issue)!;
        var susceptibility = ResolveBound.IssueSusceptibility(scenario.World.FindActor(actor)!.Susceptibility, stance.Resolve, stance.Salience);
        return 2 * susceptibility * Model.World.Issue.Range;
    }
}
