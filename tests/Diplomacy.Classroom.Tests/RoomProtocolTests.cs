using System.Text.Json;
using Diplomacy.Classroom.Tests.Fixtures;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Classroom.Tests;

/// <summary>
/// Every message from a page is checked on the server: a refused one gets a clear message, no
/// server error, and no change to the run. Checked at the socket, without a browser.
/// </summary>
[Collection(ClassroomCollection.Name)]
public sealed class RoomProtocolTests(ClassroomFixture fixture)
{
    [Fact]
    public async Task Refused_messages_are_answered_in_words_and_the_run_plays_as_if_they_were_never_sent()
    {
        var (code, key) = await RoomClient.OpenRoomAsync(fixture);
        await using var teacher = await RoomClient.ConnectAsync(fixture, code, $"role=teacher&key={key}");
        await using var ana = await RoomClient.ConnectAsync(fixture, code, "role=student");
        await using var ben = await RoomClient.ConnectAsync(fixture, code, "role=student");

        Assert.Equal("pick a scenario and press Setup first", await SendAsync(teacher, new { type = "step" }));
        Assert.Equal("there is no shipped scenario '../../etc/passwd'", await SendAsync(teacher, new { type = "setup", scenario = "../../etc/passwd" }));
        await teacher.SendAsync(new { type = "setup", scenario = "europe-at-table" });
        await teacher.StatusAsync("paused");

        Assert.Equal("there is no actor 'atlantis' in this run", await SendAsync(teacher, new { type = "lever", lever = "position", actor = "atlantis", issue = "territory", value = 50 }));
        Assert.Equal("a position must be between 0 and 100, got 140", await SendAsync(teacher, new { type = "lever", lever = "position", actor = "russia", issue = "territory", value = 140 }));
        Assert.Equal("unknown lever 'annex' (position, salience, resolve, shock, exclude or include)", await SendAsync(teacher, new { type = "lever", lever = "annex", actor = "russia" }));
        Assert.Equal("the answer timer must be 5–300 seconds, got 1", await SendAsync(teacher, new { type = "timer", seconds = 1 }));
        Assert.Equal("the message is not valid JSON", await SendTextAsync(teacher, "{step"));
        Assert.Equal("'lever' needs 'value' as a number", await SendAsync(teacher, new { type = "lever", lever = "salience", actor = "russia", issue = "territory" }));

        Assert.Equal("enter your name before taking a seat", await SendAsync(ana, new { type = "seat", actor = "putin" }));
        await ana.SendAsync(new { type = "join", name = "Ana" });
        await ben.SendAsync(new { type = "join", name = "Ben" });
        await ana.SendAsync(new { type = "seat", actor = "zelenskyy" });
        await ana.NextAsync("you", m => m.TryGetProperty("seat", out var seat) && seat.GetString() == "zelenskyy");
        Assert.Equal("zelenskyy's seat is taken by Ana", await SendAsync(ben, new { type = "seat", actor = "zelenskyy" }));
        Assert.Equal("there is no actor 'atlantis' in this room's run", await SendAsync(ben, new { type = "seat", actor = "atlantis" }));
        Assert.Equal("unknown message 'step' from a student's page", await SendAsync(ben, new { type = "step" }));
        Assert.Equal("take a seat before making a proposal", await SendAsync(ben, new { type = "propose", to = "putin", terms = new { territory = 40 } }));
        Assert.Equal("the position on 'territory' must be on the 0–100 scale, got -5", await SendAsync(ana, new { type = "propose", to = "putin", terms = new { territory = -5 } }));
        Assert.Equal("'zelenskyy' cannot propose to itself", await SendAsync(ana, new { type = "propose", to = "zelenskyy", terms = new { territory = 40 } }));
        Assert.Equal("there is no such question in this room", await SendAsync(ben, new { type = "answer", question = 1, decision = "accept" }));

        // Nobody answers anything: Ana leaves before the run is played through.
        await ana.SendAsync(new { type = "leave" });
        await ana.NextAsync("you", m => !m.TryGetProperty("seat", out _));
        await teacher.SendAsync(new { type = "speed", ms = 0 });
        await teacher.SendAsync(new { type = "go" });
        await teacher.StatusAsync("finished");

        Assert.Equal(await AloneAsync("europe-at-table", "trace.jsonl"), await RoomFiles.ReadAsync(fixture, code, key, "trace.jsonl"));
    }

    [Fact]
    public async Task A_student_may_answer_only_for_their_own_seat_and_only_with_terms_in_range()
    {
        var (code, key) = await RoomClient.OpenRoomAsync(fixture);
        await using var teacher = await RoomClient.ConnectAsync(fixture, code, $"role=teacher&key={key}");
        await using var ana = await RoomClient.ConnectAsync(fixture, code, "role=student");
        await using var ben = await RoomClient.ConnectAsync(fixture, code, "role=student");
        await teacher.SendAsync(new { type = "setup", scenario = "talks-as-announced" });
        await teacher.StatusAsync("paused");
        await ana.SendAsync(new { type = "join", name = "Ana" });
        await ana.SendAsync(new { type = "seat", actor = "putin" });
        await ben.SendAsync(new { type = "join", name = "Ben" });
        await ben.SendAsync(new { type = "seat", actor = "zelenskyy" });
        await ben.NextAsync("you", m => m.TryGetProperty("seat", out var seat) && seat.GetString() == "zelenskyy");

        await teacher.SendAsync(new { type = "step" });
        var question = await ana.NextAsync("question");
        var id = question.GetProperty("id").GetInt64();
        Assert.Equal("trump", question.GetProperty("from").GetString());

        Assert.Equal("this question is for putin's seat, which is not yours", await SendAsync(ben, new { type = "answer", question = id, decision = "accept" }));
        Assert.Equal("the position on 'talks-timing' must be on the 0–100 scale, got 140", await SendAsync(ana, new { type = "answer", question = id, decision = "counter", terms = new Dictionary<string, double> { ["talks-timing"] = 140 } }));
        Assert.StartsWith("'territory' is not one of the proposal's issues", await SendAsync(ana, new { type = "answer", question = id, decision = "counter", terms = new { territory = 40 } }), StringComparison.Ordinal);
        Assert.Equal("an answer accepts, rejects or counters, not 'maybe'", await SendAsync(ana, new { type = "answer", question = id, decision = "maybe" }));

        await ana.SendAsync(new { type = "answer", question = id, decision = "reject" });

        // Trump's next call goes to Ben's seat; Ben leaves instead of answering, and the model answers.
        await ben.NextAsync("question");
        await ben.SendAsync(new { type = "leave" });
        var round = await teacher.NextAsync("round", m => m.GetProperty("round").GetInt32() == 1);
        var answers = round.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "answer").ToList();
        var putin = answers.Single(e => e.GetProperty("from").GetString() == "putin");
        Assert.Equal("reject", putin.GetProperty("decision").GetString());
        Assert.StartsWith("answered in class by Ana", putin.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Ben left the seat before answering, so the model answered: ", answers.Single(e => e.GetProperty("from").GetString() == "zelenskyy").GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("too late: this question is closed, and the model has answered", await SendAsync(ana, new { type = "answer", question = id, decision = "accept" }));
    }

    [Fact]
    public async Task A_seated_students_proposal_goes_out_at_the_start_of_the_next_round_and_the_trace_says_who_made_it()
    {
        var (code, key) = await RoomClient.OpenRoomAsync(fixture);
        await using var teacher = await RoomClient.ConnectAsync(fixture, code, $"role=teacher&key={key}");
        await using var ana = await RoomClient.ConnectAsync(fixture, code, "role=student");
        await teacher.SendAsync(new { type = "setup", scenario = "minerals-for-aid" });
        await teacher.StatusAsync("paused");
        await ana.SendAsync(new { type = "join", name = "Ana" });
        await ana.SendAsync(new { type = "seat", actor = "zolkina" });
        await ana.NextAsync("you", m => m.TryGetProperty("seat", out var seat) && seat.GetString() == "zolkina");

        await ana.SendAsync(new { type = "propose", to = "zelenskyy", terms = new Dictionary<string, double> { ["early-concessions"] = 10, ["territory"] = 90 } });
        Assert.Equal("your proposal to zelenskyy goes out at the start of round 1", (await ana.NextAsync("notice")).GetProperty("text").GetString());
        await teacher.SendAsync(new { type = "step" });

        var round = await teacher.NextAsync("round", m => m.GetProperty("round").GetInt32() == 1);
        var proposal = round.GetProperty("events").EnumerateArray().First(e => e.GetProperty("type").GetString() == "proposal");
        Assert.Equal(("zolkina", "zelenskyy", "proposed in class by Ana"), (proposal.GetProperty("from").GetString(), proposal.GetProperty("to").GetString(), proposal.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task A_wrong_teacher_key_or_an_unknown_room_is_refused_before_anything_else()
    {
        var (code, _) = await RoomClient.OpenRoomAsync(fixture);

        await using var impostor = await RoomClient.ConnectAsync(fixture, code, "role=teacher&key=guess");
        Assert.Equal("only the room's teacher may open the teacher's page of this room", await impostor.ErrorAsync());
        await using var lost = await RoomClient.ConnectAsync(fixture, "QQQQQQ", "role=student");
        Assert.Equal("there is no room 'QQQQQQ': check the code on the teacher's screen", await lost.ErrorAsync());
    }

    private static async Task<string> SendAsync(RoomClient client, object message)
    {
        await client.SendAsync(message);
        return await client.ErrorAsync();
    }

    private static async Task<string> SendTextAsync(RoomClient client, string text)
    {
        await client.SendTextAsync(text);
        return await client.ErrorAsync();
    }

    /// <summary>A file of the scenario's run played alone, by the same runner <c>diplomacy run</c> uses, on the same silo.</summary>
    internal async Task<string> AloneAsync(string scenario, string file)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"diplomacy-alone-{Guid.NewGuid():N}");
        try
        {
            var loaded = ScenarioLoader.Load(Path.Combine(ClassroomFixture.ScenariosFolder, scenario + ".yaml"));
            await new ScenarioRunner(fixture.Silo.Client).RunToFolderAsync(loaded, new RunOptions(), folder);
            return await File.ReadAllTextAsync(Path.Combine(folder, file));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
