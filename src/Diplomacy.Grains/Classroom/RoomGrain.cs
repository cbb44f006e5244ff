using Diplomacy.Contracts;
using Diplomacy.Contracts.Classroom;
using Orleans.Concurrency;

namespace Diplomacy.Grains.Classroom;

/// <summary>
/// A classroom (see <see cref="IRoomGrain"/>). Reentrant, so the long polls of the server and of the
/// actors waiting for answers never hold up a seat or an answer; every change happens between awaits
/// and bumps the version the watchers wait on. State lives in memory only: seats are made again by
/// the students, and a question the room has forgotten is answered by the model.
/// </summary>
[Reentrant]
public sealed class RoomGrain : Grain, IRoomGrain
{
    // How long a poll waits for a change before it returns as it is; well under any response timeout.
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(1);

    private readonly List<Seat> _seats = [];
    private readonly List<QuestionRecord> _questions = [];
    private RoomSetup? _setup;
    private long _version;
    private long _nextQuestion = 1;
    private int _answerSeconds = RoomLimits.DefaultAnswerSeconds;
    private readonly ChangeSignal _changed = new();

    public Task Open(RoomSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        _setup = setup;
        _answerSeconds = RoomLimits.AnswerTimeRefusal(setup.AnswerSeconds) is null ? setup.AnswerSeconds : RoomLimits.DefaultAnswerSeconds;
        _seats.RemoveAll(s => !setup.Actors.Contains(s.Actor, StringComparer.Ordinal));
        WithdrawWhere(_ => true);
        _questions.Clear();
        Changed();
        return Task.CompletedTask;
    }

    public Task Close()
    {
        _setup = null;
        _seats.Clear();
        WithdrawWhere(_ => true);
        Changed();
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task<RoomReply> TakeSeat(SeatClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (_setup is null)
        {
            return Refused("this room has no run yet: wait for the teacher to set it up");
        }

        if (!_setup.Actors.Contains(claim.Actor, StringComparer.Ordinal))
        {
            return Refused($"there is no actor '{claim.Actor}' in this room's run");
        }

        if (RoomLimits.NameRefusal(claim.Student) is { } badName)
        {
            return Refused(badName);
        }

        if (_seats.FirstOrDefault(s => s.Actor == claim.Actor) is { } taken)
        {
            return taken.StudentKey == claim.StudentKey
                ? Task.FromResult(RoomReply.Done)
                : Refused($"{claim.Actor}'s seat is taken by {taken.Student}");
        }

        if (_seats.FirstOrDefault(s => s.StudentKey == claim.StudentKey) is { } own)
        {
            return Refused($"you already sit at {own.Actor}; leave that seat first");
        }

        // World order, so every page lists the seats alike.
        _seats.Add(new Seat(claim.Actor, claim.Student.Trim(), claim.StudentKey));
        var order = _setup.Actors.ToList();
        _seats.Sort((a, b) => order.IndexOf(a.Actor).CompareTo(order.IndexOf(b.Actor)));
        Changed();
        return Task.FromResult(RoomReply.Done);
    }

    public Task LeaveSeat(string studentKey)
    {
        if (_seats.RemoveAll(s => s.StudentKey == studentKey) > 0)
        {
            WithdrawWhere(q => q.StudentKey == studentKey);
            Changed();
        }

        return Task.CompletedTask;
    }

    public Task<RoomReply> SetAnswerTime(int seconds)
    {
        if (RoomLimits.AnswerTimeRefusal(seconds) is { } refusal)
        {
            return Refused(refusal);
        }

        _answerSeconds = seconds;
        Changed();
        return Task.FromResult(RoomReply.Done);
    }

    public async Task<RoomView> Watch(long afterVersion)
    {
        if (_version <= afterVersion)
        {
            await WaitAsync(PollWait);
        }

        return View();
    }

    public Task<QuestionTicket> Ask(PersonQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var proposal = question.Proposal;

        // A round replayed after a fault asks again: it gets the same question, and any answer given.
        if (_questions.FirstOrDefault(q => q.Question.RunKey == question.RunKey && SameProposal(q.Question.Proposal, proposal)) is { } asked)
        {
            return Task.FromResult(new QuestionTicket(asked.Id, asked.Student, asked.Seconds));
        }

        if (_setup?.RunKey != question.RunKey || _seats.FirstOrDefault(s => s.Actor == proposal.To) is not { } seat)
        {
            return Task.FromResult(new QuestionTicket(0, null, _answerSeconds));
        }

        var record = new QuestionRecord(_nextQuestion++, seat.Student, seat.StudentKey, question, _answerSeconds, DateTimeOffset.UtcNow.AddSeconds(_answerSeconds));
        _questions.Add(record);
        Forget();
        Changed();
        return Task.FromResult(new QuestionTicket(record.Id, record.Student, record.Seconds));
    }

    public async Task<QuestionOutcome> Collect(long question)
    {
        var record = _questions.FirstOrDefault(q => q.Id == question);
        if (record is null)
        {
            return new QuestionOutcome(QuestionState.Withdrawn, null);
        }

        if (record.State == QuestionState.Open)
        {
            var left = record.Deadline - DateTimeOffset.UtcNow;
            if (left > TimeSpan.Zero)
            {
                await WaitAsync(left < PollWait ? left : PollWait);
            }

            if (record.State == QuestionState.Open && DateTimeOffset.UtcNow >= record.Deadline)
            {
                record.State = QuestionState.Expired;
                Changed();
            }
        }

        return new QuestionOutcome(record.State, record.Reply);
    }

    public Task<RoomReply> Answer(string studentKey, long question, PersonReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var record = _questions.FirstOrDefault(q => q.Id == question);
        if (record is null)
        {
            return Refused("there is no such question in this room");
        }

        if (record.StudentKey != studentKey)
        {
            return Refused($"this question is for {record.Question.Proposal.To}'s seat, which is not yours");
        }

        if (record.State != QuestionState.Open || DateTimeOffset.UtcNow >= record.Deadline)
        {
            return Refused("too late: this question is closed, and the model has answered");
        }

        if (PersonReplies.Refusal(reply, record.Question.Proposal) is { } refusal)
        {
            return Refused(refusal);
        }

        record.State = QuestionState.Answered;
        record.Reply = reply;
        Changed();
        return Task.FromResult(RoomReply.Done);
    }

    private RoomView View() => new(
        _version,
        _setup?.RunKey,
        [.. _seats],
        [.. _questions.Where(q => q.State == QuestionState.Open).Select(q => new OpenQuestion(q.Id, q.Student, q.StudentKey, q.Question, q.Deadline))],
        _answerSeconds);

    private void WithdrawWhere(Func<QuestionRecord, bool> which)
    {
        foreach (var record in _questions.Where(q => q.State == QuestionState.Open && which(q)))
        {
            record.State = QuestionState.Withdrawn;
        }
    }

    // Closed questions are kept for replays, up to a bound.
    private void Forget()
    {
        var closed = _questions.Count(q => q.State != QuestionState.Open);
        if (closed > RoomLimits.ClosedQuestionsKept)
        {
            _questions.RemoveAll(q => q.State != QuestionState.Open && closed-- > RoomLimits.ClosedQuestionsKept);
        }
    }

    private static bool SameProposal(Contracts.Messages.Proposal a, Contracts.Messages.Proposal b) =>
        a.From == b.From && a.To == b.To && a.Round == b.Round && a.Terms.SequenceEqual(b.Terms);

    private static Task<RoomReply> Refused(string refusal) => Task.FromResult(RoomReply.Refused(refusal));

    private void Changed()
    {
        _version++;
        _changed.Fire();
    }

    private Task WaitAsync(TimeSpan timeout) => _changed.WaitAsync(timeout);

    /// <summary>A question and how it stands; changed only on the grain's own turn.</summary>
    private sealed class QuestionRecord(long id, string student, string studentKey, PersonQuestion question, int seconds, DateTimeOffset deadline)
    {
        public long Id { get; } = id;

        public string Student { get; } = student;

        public string StudentKey { get; } = studentKey;

        public PersonQuestion Question { get; } = question;

        public int Seconds { get; } = seconds;

        public DateTimeOffset Deadline { get; } = deadline;

        public QuestionState State { get; set; } = QuestionState.Open;

        public PersonReply? Reply { get; set; }
    }
}
