using Diplomacy.Contracts;
using Diplomacy.Contracts.Classroom;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests.Classroom;

/// <summary>The room grain checks every request from a browser; a refused one changes nothing.</summary>
[Collection(OneSiloCollection.Name)]
public sealed class RoomGrainTests(OneSiloCluster fixture)
{
    private const string RunKey = "test-talks-7@room";

    [Fact]
    public async Task A_seat_is_one_students_and_a_student_has_one_seat()
    {
        var room = await OpenAsync();

        Assert.True((await room.TakeSeat(new SeatClaim("putin", "key-ana", "Ana"))).Succeeded);
        Assert.True((await room.TakeSeat(new SeatClaim("putin", "key-ana", "Ana"))).Succeeded);
        Assert.Equal("putin's seat is taken by Ana", (await room.TakeSeat(new SeatClaim("putin", "key-ben", "Ben"))).Refusal);
        Assert.Equal("you already sit at putin; leave that seat first", (await room.TakeSeat(new SeatClaim("trump", "key-ana", "Ana"))).Refusal);
        Assert.Equal("there is no actor 'nobody' in this room's run", (await room.TakeSeat(new SeatClaim("nobody", "key-ben", "Ben"))).Refusal);
        Assert.Equal("a name is needed to take a seat", (await room.TakeSeat(new SeatClaim("trump", "key-ben", "  "))).Refusal);

        var view = await room.Watch(-1);
        Assert.Equal([("putin", "Ana")], view.Seats.Select(s => (s.Actor, s.Student)));
    }

    [Fact]
    public async Task Nobody_seated_means_the_model_answers_at_once()
    {
        var room = await OpenAsync();

        var ticket = await room.Ask(Question("putin"));

        Assert.Null(ticket.Student);
    }

    [Fact]
    public async Task Only_the_seated_student_may_answer_and_only_with_terms_in_range_on_the_proposals_issues()
    {
        var room = await OpenAsync();
        await room.TakeSeat(new SeatClaim("putin", "key-ana", "Ana"));
        var ticket = await room.Ask(Question("putin"));
        Assert.Equal("Ana", ticket.Student);

        Assert.Equal("this question is for putin's seat, which is not yours", (await room.Answer("key-ben", ticket.Question, new PersonReply(Decision.Accept, []))).Refusal);
        Assert.Equal("the position on 'ceasefire' must be on the 0–100 scale, got 140", (await room.Answer("key-ana", ticket.Question, Counter(("ceasefire", 140)))).Refusal);
        Assert.StartsWith("'nato' is not one of the proposal's issues", (await room.Answer("key-ana", ticket.Question, Counter(("nato", 40)))).Refusal);
        Assert.Equal("an acceptance or a rejection names no terms of its own", (await room.Answer("key-ana", ticket.Question, new PersonReply(Decision.Reject, [new TermValue("ceasefire", 40)]))).Refusal);
        Assert.Equal("there is no such question in this room", (await room.Answer("key-ana", 999, Counter(("ceasefire", 40)))).Refusal);

        // None of that changed the question.
        Assert.Equal(QuestionState.Open, (await room.Collect(ticket.Question)).State);

        Assert.True((await room.Answer("key-ana", ticket.Question, Counter(("ceasefire", 40)))).Succeeded);
        var outcome = await room.Collect(ticket.Question);
        Assert.Equal(QuestionState.Answered, outcome.State);
        Assert.Equal([new TermValue("ceasefire", 40)], outcome.Reply!.CounterTerms);
        Assert.Equal("too late: this question is closed, and the model has answered", (await room.Answer("key-ana", ticket.Question, new PersonReply(Decision.Accept, []))).Refusal);
    }

    [Fact]
    public async Task A_question_is_withdrawn_when_its_student_leaves_and_asked_again_it_is_the_same_question()
    {
        var room = await OpenAsync();
        await room.TakeSeat(new SeatClaim("putin", "key-ana", "Ana"));
        var ticket = await room.Ask(Question("putin"));
        Assert.Equal(ticket.Question, (await room.Ask(Question("putin"))).Question);
        Assert.Single((await room.Watch(-1)).Questions);

        await room.LeaveSeat("key-ana");

        Assert.Equal(QuestionState.Withdrawn, (await room.Collect(ticket.Question)).State);
        Assert.Empty((await room.Watch(-1)).Questions);
    }

    [Fact]
    public async Task The_answer_timer_keeps_to_its_limits()
    {
        var room = await OpenAsync();

        Assert.Equal("the answer timer must be 5–300 seconds, got 2", (await room.SetAnswerTime(2)).Refusal);
        Assert.True((await room.SetAnswerTime(30)).Succeeded);
        Assert.Equal(30, (await room.Watch(-1)).AnswerSeconds);
    }

    private async Task<IRoomGrain> OpenAsync()
    {
        var room = fixture.Client.GetGrain<IRoomGrain>($"T{Guid.NewGuid():N}");
        await room.Open(new RoomSetup(RunKey, [.. TestScenarios.World.Actors.Select(a => a.Id)], 60));
        return room;
    }

    private static PersonQuestion Question(string to)
    {
        var model = new ProposalAnswer(Decision.Counter, 0.4, 0.9, null, [new TermValue("ceasefire", 30)], new AspirationReason(0.4, 0.9, 1, 3, Met: false));
        return new PersonQuestion(RunKey, new Proposal("trump", to, 1, [new TermValue("ceasefire", 70)]), 0.4, 0.9, [], [], model);
    }

    private static PersonReply Counter(params (string Issue, double Position)[] terms) =>
        new(Decision.Counter, [.. terms.Select(t => new TermValue(t.Issue, t.Position))]);
}
