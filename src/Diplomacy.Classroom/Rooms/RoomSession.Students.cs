using Diplomacy.Classroom.Protocol;
using Diplomacy.Contracts.Classroom;
using Diplomacy.Contracts.Interventions;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Classroom.Rooms;

/// <summary>
/// The students' side of a room: a name, a seat, answers to the questions put to that seat, and
/// proposals from it. A student acts only for their own seat: the room grain holds seats by the
/// student's key, which only their page has.
/// </summary>
internal sealed partial class RoomSession
{
    private async Task StudentAsync(Connection student, Inbound message)
    {
        switch (message.Type)
        {
            case "join":
                var name = message.Text("name").Trim();
                student.Name = RoomLimits.NameRefusal(name) is { } badName ? throw new ProtocolException(badName) : name;
                student.Send(You(student, _view));
                break;
            case "seat":
                var claim = new SeatClaim(message.Text("actor"), student.StudentKey, student.Name ?? throw new ProtocolException("enter your name before taking a seat"));
                Refuse((await _grain.TakeSeat(claim)).Refusal);
                break;
            case "leave":
                await _grain.LeaveSeat(student.StudentKey);
                break;
            case "answer":
                var decision = message.Decision("decision");
                var reply = new PersonReply(decision, decision == Decision.Counter ? message.Terms("terms") : []);
                Refuse((await _grain.Answer(student.StudentKey, message.Whole("question"), reply)).Refusal);
                break;
            case "propose":
                await ProposeAsync(student, message);
                break;
            default:
                throw new ProtocolException($"unknown message '{message.Type}' from a student's page");
        }
    }

    private async Task ProposeAsync(Connection student, Inbound message)
    {
        var play = Playing();
        var seat = _view?.Seats.FirstOrDefault(s => s.StudentKey == student.StudentKey)
            ?? throw new ProtocolException("take a seat before making a proposal");
        var proposal = new PersonProposal(seat.Actor, message.Text("to"), message.Terms("terms"), seat.Student);
        var receipt = await play.Run.InterveneAsync(proposal);
        Refuse(receipt.Refusal);
        student.Send(new { type = "notice", text = $"your proposal to {proposal.To} goes out at the start of round {receipt.Round}" });
    }

    private static void Refuse(string? refusal)
    {
        if (refusal is not null)
        {
            throw new ProtocolException(refusal);
        }
    }

    // A student's own seat, and the questions put to it that their page has not been shown yet.
    private void SendStudent(Connection student, RoomView view)
    {
        student.Send(You(student, view));
        foreach (var question in view.Questions.Where(q => q.StudentKey == student.StudentKey))
        {
            if (student.QuestionsShown.Add(question.Id))
            {
                student.Send(Question(question));
            }
        }
    }

    private static object You(Connection student, RoomView? view) => new
    {
        type = "you",
        name = student.Name,
        seat = view?.Seats.FirstOrDefault(s => s.StudentKey == student.StudentKey)?.Actor,
    };

    private static object Question(OpenQuestion open)
    {
        var question = open.Question;
        var proposal = question.Proposal;
        var model = question.ModelAnswer;
        return new
        {
            type = "question",
            id = open.Id,
            from = proposal.From,
            to = proposal.To,
            round = proposal.Round,
            terms = proposal.Terms.Select(t => new TermView(t.Issue, t.Position)),
            utility = question.Utility,
            aspiration = question.Aspiration,
            secondsLeft = SecondsLeft(open),
            stances = question.Stances.Select(s => new
            {
                issue = s.Issue,
                position = question.Positions.FirstOrDefault(p => p.Issue == s.Issue)?.Position ?? s.Position,
                salience = question.Positions.FirstOrDefault(p => p.Issue == s.Issue)?.Salience ?? s.Salience,
                resolve = s.Resolve,
                redLine = s.RedLineMinimum is { } min && s.RedLineMaximum is { } max ? new[] { min, max } : null,
            }),
            model = new
            {
                decision = TraceNames.Of(model.Decision),
                terms = model.CounterTerms.Select(t => new TermView(t.Issue, t.Position)),
                reason = TraceProse.Reason(model.Reason),
            },
        };
    }
}
