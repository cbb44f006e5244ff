using Diplomacy.Contracts;
using Diplomacy.Contracts.Classroom;
using Diplomacy.Contracts.Interventions;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests.Classroom;

/// <summary>
/// Runs played in a room: a seated student answers for their actor, or the model does when the
/// timer runs out, and the trace says which; the teacher's levers take effect from the next round
/// and are traced; nothing of this changes a run where nobody sits and no lever is pulled.
/// </summary>
[Collection(OneSiloCollection.Name)]
public sealed class ClassroomRunTests(OneSiloCluster fixture)
{
    [Fact]
    public async Task A_room_where_nobody_sits_writes_the_trace_of_an_ordinary_run()
    {
        var room = await PlayAsync(_ => Task.CompletedTask);

        Assert.Equal(await OrdinaryTraceAsync(), room.Lines);
    }

    [Fact]
    public async Task A_seated_students_counter_is_the_actors_answer_and_the_trace_says_a_person_gave_it()
    {
        var played = await PlayAsync(async session =>
        {
            await session.Room.TakeSeat(new SeatClaim("putin", "key-ana", "Ana"));
            await session.Grain.Step();
            var question = await session.NextQuestionAsync();
            Assert.Equal(("trump", "putin", 1), (question.Question.Proposal.From, question.Question.Proposal.To, question.Question.Proposal.Round));
            Assert.Equal("Ana", question.Student);
            Assert.True((await session.Room.Answer("key-ana", question.Id, new PersonReply(Decision.Counter, [new TermValue("ceasefire", 35), new TermValue("territory", 85)]))).Succeeded);
            await session.UntilRoundAsync(1);
            await session.Room.LeaveSeat("key-ana");
        });

        var answer = Assert.Single(played.Events, e => e.Type == TraceEventType.Answer && e.Round == 1 && e.From == "putin");
        Assert.Equal(Decision.Counter, answer.Decision);
        Assert.Equal([new TermValue("ceasefire", 35), new TermValue("territory", 85)], answer.Terms);
        Assert.Matches("^answered in class by Ana \\(the model would have answered (accept|reject|counter)\\)$", TraceProse.Reason(answer.Reason));

        // Trump answers the student's counter in round 2, as he would the model's.
        Assert.Contains(played.Events, e => e.Type == TraceEventType.Answer && e.Round == 2 && e.From == "trump" && e.To == "putin");
    }

    [Fact]
    public async Task When_the_timer_runs_out_the_model_answers_and_the_trace_says_the_student_did_not()
    {
        var ordinary = (await OrdinaryEventsAsync()).Single(e => e.Type == TraceEventType.Answer && e.Round == 1 && e.From == "putin");

        var played = await PlayAsync(async session =>
        {
            await session.Room.SetAnswerTime(RoomLimits.ShortestAnswerSeconds);
            await session.Room.TakeSeat(new SeatClaim("putin", "key-ana", "Ana"));
            await session.Grain.Step();
            await session.UntilRoundAsync(1);
            await session.Room.LeaveSeat("key-ana");
        });

        var answer = played.Events.Single(e => e.Type == TraceEventType.Answer && e.Round == 1 && e.From == "putin");
        Assert.Equal(ordinary.Decision, answer.Decision);
        Assert.Equal(ordinary.Terms, answer.Terms);
        Assert.Equal($"Ana did not answer within 5 s, so the model answered: {TraceProse.Reason(ordinary.Reason)}", TraceProse.Reason(answer.Reason));
    }

    [Fact]
    public async Task Levers_take_effect_at_the_start_of_the_next_round_in_order_and_each_is_in_the_trace()
    {
        var played = await PlayAsync(async session =>
        {
            var receipts = new[]
            {
                await session.Grain.Intervene(new StanceLever("putin", "ceasefire", StanceAspect.Position, 50)),
                await session.Grain.Intervene(new StanceLever("putin", "territory", StanceAspect.Salience, 0.2)),
                await session.Grain.Intervene(new StanceLever("putin", "territory", StanceAspect.Resolve, 0.1)),
                await session.Grain.Intervene(new ShockLever("trump", "ceasefire", -20)),
                await session.Grain.Intervene(new SeatingLever("eu", Included: false)),
                await session.Grain.Intervene(new PersonProposal("zelensky", "trump", [new TermValue("ceasefire", 60)], "Ben")),
            };
            Assert.All(receipts, r => Assert.Equal((1, null), (r.Round, r.Refusal)));
        });

        var round1 = played.Events.Where(e => e.Round == 1).ToList();
        Assert.Equal(
            [
                "lever - putin ceasefire 25 50 the teacher's lever: position from 25 to 50",
                "lever - putin territory - - the teacher's lever: salience from 1 to 0.2",
                "lever - putin territory - - the teacher's lever: resolve from 0.9 to 0.1",
                "lever - trump ceasefire 90 70 the teacher's lever: an outside event shifts the stance by -20",
                "lever - eu - - - the teacher's lever: sits at no forum and receives no proposals from now on",
                "proposal zelensky trump - - - proposed in class by Ben",
            ],
            round1.Take(6).Select(Line));
        Assert.DoesNotContain(round1, e => e.Type == TraceEventType.Move && e.From == "eu");
    }

    [Fact]
    public async Task A_refused_lever_changes_nothing()
    {
        var played = await PlayAsync(async session =>
        {
            Assert.Equal("there is no actor 'nobody' in this run", (await session.Grain.Intervene(new SeatingLever("nobody", false))).Refusal);
            Assert.Equal("'nato' is not an issue in play (ceasefire, territory)", (await session.Grain.Intervene(new StanceLever("eu", "nato", StanceAspect.Position, 50))).Refusal);
            Assert.Equal("a salience must be between 0 and 1, got 2", (await session.Grain.Intervene(new StanceLever("eu", "territory", StanceAspect.Salience, 2))).Refusal);
            Assert.Equal("a shock of 0 would change nothing: choose a shift other than 0", (await session.Grain.Intervene(new ShockLever("eu", "territory", 0))).Refusal);
            Assert.Equal("a position must be between 0 and 100, got NaN", (await session.Grain.Intervene(new StanceLever("eu", "territory", StanceAspect.Position, double.NaN))).Refusal);
            Assert.Equal("'trump' cannot propose to itself", (await session.Grain.Intervene(new PersonProposal("trump", "trump", [new TermValue("ceasefire", 60)], "Ben"))).Refusal);
            Assert.Equal("the position on 'ceasefire' must be on the 0–100 scale, got -1", (await session.Grain.Intervene(new PersonProposal("trump", "putin", [new TermValue("ceasefire", -1)], "Ben"))).Refusal);
        });

        Assert.Equal(await OrdinaryTraceAsync(), played.Lines);
    }

    [Fact]
    public async Task A_lever_survives_a_round_replayed_after_an_actor_lost_its_state()
    {
        static async Task PullAsync(Session session) =>
            await session.Grain.Intervene(new StanceLever("putin", "territory", StanceAspect.Resolve, 0.1));

        var undisturbed = await PlayAsync(PullAsync);
        var replayed = await PlayAsync(async session =>
        {
            await PullAsync(session);
            await session.Grain.Step();
            await session.UntilRoundAsync(1);

            // What a silo lost under an actor's grain leaves behind: a grain with no state for the run.
            await fixture.Client.GetGrain<IActorGrain>(GrainKeys.Actor(session.Run.RunKey, "putin")).Retire();
        });

        Assert.Equal(undisturbed.Lines, replayed.Lines);
    }

    private static string Line(TraceEvent e) =>
        string.Join(' ', TraceProse.Type(e), e.From ?? "-", e.To ?? "-", e.Issue ?? "-", Number(e.Before), Number(e.After), TraceProse.Reason(e.Reason));

    private static string Number(double? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>Plays the test scenario in a fresh room: <paramref name="before"/> acts on the stepped run, then it plays through.</summary>
    private async Task<Played> PlayAsync(Func<Session, Task> before)
    {
        var code = $"T{Guid.NewGuid():N}";
        var plan = ClassroomPlan.For(RunPlanner.Plan(TestScenarios.Baseline(), new RunOptions()), code);
        var run = await new ScenarioRunner(fixture.Client).SubmitAsync(plan);
        var room = fixture.Client.GetGrain<IRoomGrain>(code);
        await room.Open(new RoomSetup(run.RunKey, [.. plan.Actors.Select(a => a.Actor)], RoomLimits.DefaultAnswerSeconds));
        var sink = new RecordingSink();
        var session = new Session(run, fixture.Client.GetGrain<IRunGrain>(run.RunKey), room, sink);
        var following = run.FollowAsync(sink);
        await before(session);
        await session.Grain.Resume();
        await following;
        await room.Close();
        return new Played(sink.Events, [.. sink.Events.Select(TraceJson.ToLine)]);
    }

    private async Task<List<string>> OrdinaryTraceAsync() => [.. (await OrdinaryEventsAsync()).Select(TraceJson.ToLine)];

    private async Task<List<TraceEvent>> OrdinaryEventsAsync()
    {
        var sink = new RecordingSink();
        await new ScenarioRunner(fixture.Client).RunAsync(TestScenarios.Baseline(), new RunOptions(), sink);
        return sink.Events;
    }

    private sealed record Played(List<TraceEvent> Events, List<string> Lines);

    private sealed record Session(ConductedRun Run, IRunGrain Grain, IRoomGrain Room, RecordingSink Sink)
    {
        public async Task<OpenQuestion> NextQuestionAsync()
        {
            var version = -1L;
            for (var poll = 0; poll < 60; poll++)
            {
                var view = await Room.Watch(version);
                if (view.Questions.Count > 0)
                {
                    return view.Questions[0];
                }

                version = view.Version;
            }

            throw new TimeoutException("no question came");
        }

        public async Task UntilRoundAsync(int round)
        {
            for (var poll = 0; poll < 1000 && !Sink.Stances.Any(s => s.Round == round); poll++)
            {
                await Task.Delay(20);
            }
        }
    }
}
