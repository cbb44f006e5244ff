using System.Text.Json;
using Diplomacy.Classroom.Tests.Fixtures;
using Microsoft.Playwright;

namespace Diplomacy.Classroom.Tests;

/// <summary>A student in a second browser: joins with the code, takes a seat, and answers for their actor.</summary>
[Collection(ClassroomCollection.Name)]
public sealed class StudentPageTests(ClassroomFixture fixture)
{
    [Fact]
    public async Task A_student_takes_a_seat_answers_a_proposal_with_a_counter_and_the_trace_shows_the_persons_answer()
    {
        var teacher = await TeacherPage.OpenAsync(fixture);
        await teacher.SetupAsync("talks-as-announced");
        var code = await teacher.CodeAsync();

        var student = await JoinAsync(code, "Ana");
        await student.GetByRole(AriaRole.Button, new() { Name = "Take Vladimir Putin's seat" }).ClickAsync();
        await Assertions.Expect(student.Locator("#who")).ToHaveTextAsync("Ana, playing Vladimir Putin");
        await Assertions.Expect(teacher.Page.Locator("#seats")).ToContainTextAsync("putin: Ana");

        // Round 1: Trump's call reaches Putin's seat; the round waits for Ana.
        await teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Step", Exact = true }).ClickAsync();
        await Assertions.Expect(student.Locator("#question-title")).ToHaveTextAsync("Round 1: Donald Trump proposes to you");
        await Assertions.Expect(student.Locator("#question-model")).ToContainTextAsync("The model would");
        await Assertions.Expect(student.Locator("#question-terms tr")).ToHaveCountAsync(1);
        await Assertions.Expect(teacher.Page.Locator("#seats")).ToContainTextAsync("answering trump");
        await TeacherPageTests.ScreenshotAsync(student, "classroom-student.png", fullPage: true);
        Assert.Empty(await TextContrast.FailuresAsync(student));

        await student.GetByRole(AriaRole.Spinbutton, new() { Name = "Your counter on When peace talks start" }).FillAsync("60");
        await student.GetByRole(AriaRole.Button, new() { Name = "Counter", Exact = true }).ClickAsync();

        await Assertions.Expect(teacher.Status).ToContainTextAsync("after round 1 of");
        await Assertions.Expect(student.Locator("#question")).ToBeHiddenAsync();
        await Assertions.Expect(teacher.Page.Locator("#feed li[data-decision='counter']", new() { HasText = "putin → trump" })).ToContainTextAsync("answered in class by Ana");

        var trace = await RoomFiles.ReadAsync(fixture, code, await teacher.KeyAsync(), "trace.jsonl");
        var answer = trace.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Single(e => e.GetProperty("type").GetString() == "answer" && e.GetProperty("from").GetString() == "putin" && e.GetProperty("round").GetInt32() == 1);
        Assert.Equal("counter", answer.GetProperty("decision").GetString());
        Assert.Equal("[{\"issue\":\"talks-timing\",\"position\":60}]", answer.GetProperty("terms").GetRawText());
        Assert.StartsWith("answered in class by Ana (the model would have answered ", answer.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(teacher.ScriptErrors);
    }

    [Fact]
    public async Task A_taken_seat_cannot_be_taken_and_an_unknown_room_is_named_on_the_page()
    {
        var teacher = await TeacherPage.OpenAsync(fixture);
        await teacher.SetupAsync("minerals-for-aid");
        var code = await teacher.CodeAsync();
        var ana = await JoinAsync(code, "Ana");
        await ana.GetByRole(AriaRole.Button, new() { Name = "Take Ukraine's seat" }).ClickAsync();
        await Assertions.Expect(ana.Locator("#who")).ToHaveTextAsync("Ana, playing Ukraine");

        var ben = await JoinAsync(code, "Ben");
        var taken = ben.GetByRole(AriaRole.Button, new() { Name = "Ukraine: taken by Ana" });
        await Assertions.Expect(taken).ToBeDisabledAsync();

        var lost = await fixture.NewPageAsync(390, 844);
        await lost.GotoAsync("/student?room=ZZZZZZ");
        await lost.GetByLabel("Your name").FillAsync("Cleo");
        await lost.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await Assertions.Expect(lost.GetByRole(AriaRole.Alert)).ToContainTextAsync("there is no room 'ZZZZZZ'");
    }

    private async Task<IPage> JoinAsync(string code, string name)
    {
        var page = await fixture.NewPageAsync(390, 844);
        await page.GotoAsync($"/student?room={code}");
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();
        await Assertions.Expect(page.Locator("#room-code")).ToHaveTextAsync(code);
        return page;
    }
}
