using System.Globalization;
using System.Text;
using Diplomacy.Model.Randomness;
using Diplomacy.Model.World;

namespace Diplomacy.Experiments.Synthesis;

/// <summary>
/// A scenario that exercises a synthetic world the way the shipped ones exercise theirs: every
/// issue in play, a plenary forum of all states in round 2, regional forums of about 25 states
/// every round after, bilateral proposals each round between states, one state excluded for a
/// while, influence on, stopping when nothing moves. No article reports these events, so each
/// carries the provenance scenario files require as an <c>assumption</c> saying it is made up.
/// </summary>
public static class SyntheticScenario
{
    private const int RegionSize = 25;
    private const int ProposalsPerRound = 5;
    private const string Offer = "    assumption: Synthetic; an offer drawn from the seed.\n";
    private const string Sitting = "    assumption: Synthetic; a sitting made up for scale tests.\n";

    public static string Yaml(SeedWorld world, SynthesisOptions options, string worldFile)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(options);
        var numbers = Xoshiro256StarStar.ForKey(string.Create(CultureInfo.InvariantCulture, $"synth/{options.Seed}/scenario"));
        var states = world.Actors.Where(a => a.Kind == ActorKind.State).ToList();
        var issues = world.Issues.Select(i => i.Id).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Synthetic scenario made by diplomacy synth --actors {options.Actors} --issues {options.Issues} --leaders-per-state {options.LeadersPerState} --seed {options.Seed}.\n");
        text.Append(CultureInfo.InvariantCulture, $"name: synthetic-{options.Actors}-{options.Issues}-{options.Seed}\n");
        text.Append(CultureInfo.InvariantCulture, $"description: A made-up negotiation among {states.Count} states and their leaders, for scale tests and teaching.\n");
        text.Append("world: ").Append(worldFile).Append('\n');
        text.Append("issues: [").Append(string.Join(", ", issues)).Append("]\n");
        text.Append(CultureInfo.InvariantCulture, $"rounds: {SynthesisOptions.Rounds}\nseed: {options.Seed}\n");
        text.Append("models:\n  expected-utility: bdm\n  concession: { tactic: boulware, beta: 0.2 }\n  influence: { enabled: true, steps-per-round: 1 }\n");
        text.Append("events:\n");
        for (var round = 1; round <= SynthesisOptions.Rounds; round++)
        {
            if (states.Count >= 2)
            {
                for (var k = 0; k < ProposalsPerRound; k++)
                {
                    var from = Pick(states, numbers);
                    var to = Pick(states, numbers);
                    if (from.Id != to.Id)
                    {
                        var issue = issues[(int)(numbers.NextUInt64() % (ulong)issues.Count)];
                        text.Append(CultureInfo.InvariantCulture, $"  - round: {round}\n    propose: {{ from: {from.Id}, to: {to.Id}, terms: {{ {issue}: {OfferOn(world, from, issue, numbers).ToString(CultureInfo.InvariantCulture)} }} }}\n").Append(Offer);
                    }
                }
            }

            if (round == 2 && states.Count >= 2)
            {
                text.Append("  - round: 2\n    forum:\n      name: plenary\n      members: [").Append(string.Join(", ", states.Select(s => s.Id))).Append("]\n").Append(Sitting);
            }
            else if (round > 2 && states.Count >= 2)
            {
                for (var start = 0; start < states.Count; start += RegionSize)
                {
                    var members = states.Skip(start).Take(RegionSize).ToList();
                    if (members.Count >= 2)
                    {
                        text.Append(CultureInfo.InvariantCulture, $"  - round: {round}\n    forum:\n      name: region-{(start / RegionSize) + 1}\n      members: [{string.Join(", ", members.Select(s => s.Id))}]\n      issues: [{issues[round % issues.Count]}]\n").Append(Sitting);
                    }
                }
            }
        }

        if (states.Count >= 3)
        {
            var excluded = states[^1].Id;
            text.Append(CultureInfo.InvariantCulture, $"  - round: 3\n    exclude: [{excluded}]\n    assumption: Synthetic; one state kept out for a while.\n  - round: 6\n    include: [{excluded}]\n    assumption: Synthetic; the state kept out is let back in.\n");
        }

        text.Append("stop-when:\n  - nothing-moves: { tolerance: 0.01 }\n");
        return text.ToString();
    }

    // Scenario files refuse an offer past the proposer's own red line, so the offer is drawn inside it.
    private static double OfferOn(SeedWorld world, Actor from, string issue, Xoshiro256StarStar numbers)
    {
        var line = world.FindStance(from.Id, issue)?.RedLine ?? new RedLine(Issue.Minimum, Issue.Maximum);
        return line.Clamp(Math.Round(line.Minimum + ((line.Maximum - line.Minimum) * numbers.NextDouble()), 1));
    }

    private static Actor Pick(List<Actor> actors, Xoshiro256StarStar numbers) => actors[(int)(numbers.NextUInt64() % (ulong)actors.Count)];
}
