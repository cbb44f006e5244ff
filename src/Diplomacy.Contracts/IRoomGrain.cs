using Diplomacy.Contracts.Classroom;

namespace Diplomacy.Contracts;

/// <summary>
/// A classroom, keyed by its join code: which run it plays, which student sits at which actor, how
/// long a student has to answer, and the questions put to seated students. An actor grain whose
/// answer policy is a person asks its room (<see cref="Ask"/>) and collects the answer
/// (<see cref="Collect"/>); the server that holds the students' connections watches the room
/// (<see cref="Watch"/>) and passes their answers on (<see cref="Answer"/>). Every request from a
/// browser is checked here, so a refused one changes nothing. The room lives in memory: it is as
/// long-lived as the silo it is on.
/// </summary>
[Alias("diplomacy.IRoomGrain")]
public interface IRoomGrain : IGrainWithStringKey
{
    /// <summary>The teacher sets the room up, or resets it, for a run: open questions are withdrawn; seats at actors of the run stay taken.</summary>
    [Alias("Open")]
    Task Open(RoomSetup setup);

    /// <summary>The room closes: questions are withdrawn, seats freed, and the grain forgets it.</summary>
    [Alias("Close")]
    Task Close();

    /// <summary>A student takes a free seat (refused: unknown actor, seat taken, or the student already sits elsewhere).</summary>
    [Alias("TakeSeat")]
    Task<RoomReply> TakeSeat(SeatClaim claim);

    /// <summary>The student leaves whatever seat they hold; their open questions fall to the model at once.</summary>
    [Alias("LeaveSeat")]
    Task LeaveSeat(string studentKey);

    /// <summary>How long students have to answer from now on (refused outside <see cref="RoomLimits"/>).</summary>
    [Alias("SetAnswerTime")]
    Task<RoomReply> SetAnswerTime(int seconds);

    /// <summary>The room as it is now, waiting briefly for a change after <paramref name="afterVersion"/>.</summary>
    [Alias("Watch")]
    Task<RoomView> Watch(long afterVersion);

    /// <summary>An actor's grain puts a proposal to the student seated at it; with the seat empty the ticket says so and the model answers.</summary>
    [Alias("Ask")]
    Task<QuestionTicket> Ask(PersonQuestion question);

    /// <summary>Where a question stands, waiting briefly while it is open; it expires when the timer runs out.</summary>
    [Alias("Collect")]
    Task<QuestionOutcome> Collect(long question);

    /// <summary>A student answers a question put to their own seat (refused: another's seat, closed question, terms out of range).</summary>
    [Alias("Answer")]
    Task<RoomReply> Answer(string studentKey, long question, PersonReply reply);
}
