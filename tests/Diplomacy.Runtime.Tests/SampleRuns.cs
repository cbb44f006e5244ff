using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Model.World;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Tables;
using ActorKind = Diplomacy.Model.World.ActorKind;

namespace Diplomacy.Runtime.Tests;

/// <summary>
/// Small, fixed run histories for plot and report tests: six actors drifting on two issues over
/// twelve rounds, one agreement. Deterministic (no randomness), so failures reproduce.
/// </summary>
public static class SampleRuns
{
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("usa", "United States", ActorKind.State, "state", null, 1, 0.3),
        new("russia", "Russia", ActorKind.State, "state", null, 0.8, 0.2),
        new("ukraine", "Ukraine", ActorKind.State, "state", null, 0.4, 0.3),
        new("eu", "European Union", ActorKind.Organisation, "bloc", null, 0.6, 0.4),
        new("trump", "Donald Trump", ActorKind.Leader, "President of the United States", "usa", 0.9, 0.2),
        new("zelensky", "Volodymyr Zelensky", ActorKind.Leader, "President of Ukraine", "ukraine", 0.5, 0.3),
    ];

    public static IReadOnlyList<Issue> Issues { get; } =
    [
        new("ceasefire", "Ceasefire", "no ceasefire", "immediate unconditional ceasefire"),
        new("territory", "Territorial settlement", "Ukraine recovers all occupied territory", "Russia keeps all occupied territory"),
    ];

    public static RunHistory Create(string scenario = "talks-as-announced", int seed = 42, double drift = 1.0)
    {
        var run = $"{scenario}-{seed}";
        var stances = new List<StanceRow>();
        for (var round = 0; round <= 12; round++)
        {
            for (var a = 0; a < Actors.Count; a++)
            {
                for (var i = 0; i < Issues.Count; i++)
                {
                    var start = 10 + (a * 15) + (i * 7);
                    var position = start + ((50 - start) * drift * round / 14.0);
                    stances.Add(new StanceRow(run, seed, round, Actors[a].Id, Issues[i].Id, Math.Clamp(position, 0, 100)));
                }
            }
        }

        var terms = new List<TermValue> { new("ceasefire", 48), new("territory", 55) };
        TraceEvent[] exchanges =
        [
            new(run, seed, 3, 10, TraceEventType.Proposal, "usa", "russia", null, terms, null, null, null, null, null),
            new(run, seed, 3, 11, TraceEventType.Answer, "russia", "usa", null, terms, Decision.Reject, 0.31, null, null, new NoteReason("below reservation")),
            new(run, seed, 9, 40, TraceEventType.Proposal, "usa", "russia", null, terms, null, null, null, null, null),
            new(run, seed, 9, 41, TraceEventType.Answer, "russia", "usa", null, terms, Decision.Accept, 0.64, null, null, new NoteReason("above reservation")),
        ];
        return new RunHistory(run, scenario, seed, Actors, Issues, stances, exchanges, [new Agreement(9, "usa", "russia", terms)]);
    }
}
