using Diplomacy.Contracts;
using Diplomacy.Contracts.Classroom;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;

namespace Diplomacy.Grains.Actors;

/// <summary>
/// A person answers: the actor's grain puts the proposal to the student seated at the actor in its
/// room and waits for their answer, collecting it from the room a second at a time (no call waits
/// long) until the room's timer runs out. Then — or at once when the seat is empty — the model
/// answers. The reason says which: a student's answer keeps what the model would have done, and an
/// unanswered question keeps the model's own reason, so the trace shows which answers came from people.
/// The student's answer uses the model's utility and aspiration: they are the actor's numbers, whoever decides.
/// </summary>
public sealed class PersonAnswerPolicy(IGrainFactory grains, string room, string runKey) : IAnswerPolicy
{
    public async ValueTask<ProposalAnswer> AnswerAsync(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = request.ModelAnswer;
        var roomGrain = grains.GetGrain<IRoomGrain>(room);
        var question = new PersonQuestion(runKey, request.Proposal, request.Utility, request.Aspiration, request.Stances, request.Positions, model);
        var ticket = await roomGrain.Ask(question);
        if (ticket.Student is not { } student)
        {
            return model;
        }

        while (true)
        {
            var outcome = await roomGrain.Collect(ticket.Question);
            switch (outcome.State)
            {
                case QuestionState.Open:
                    continue;
                case QuestionState.Answered when outcome.Reply is { } reply:
                    return model with
                    {
                        Decision = reply.Decision,
                        CounterTerms = reply.CounterTerms,
                        Reason = new PersonAnswerReason(student, model.Decision),
                    };
                default:
                    return model with { Reason = new UnansweredReason(student, outcome.State, ticket.AnswerSeconds, model.Reason) };
            }
        }
    }
}
