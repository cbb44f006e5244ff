using Diplomacy.Classroom.Tests.Fixtures;
using Microsoft.Playwright;

namespace Diplomacy.Classroom.Tests;

/// <summary>Rooms are isolated: two played at once in two browsers write the traces the same runs write alone.</summary>
[Collection(ClassroomCollection.Name)]
public sealed class TwoRoomsTests(ClassroomFixture fixture)
{
    [Fact]
    public async Task Two_rooms_played_at_once_give_the_traces_of_the_same_runs_played_alone()
    {
        (TeacherPage Teacher, string Scenario)[] rooms =
        [
            (await TeacherPage.OpenAsync(fixture), "talks-as-announced"),
            (await TeacherPage.OpenAsync(fixture), "europe-kept-out"),
        ];
        foreach (var (teacher, scenario) in rooms)
        {
            await teacher.SetupAsync(scenario);
            await teacher.Page.GetByRole(AriaRole.Slider, new() { Name = "Pause between rounds" }).FillAsync("0");
        }

        await Task.WhenAll(rooms.Select(r => r.Teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Go" }).ClickAsync()));
        foreach (var (teacher, _) in rooms)
        {
            await Assertions.Expect(teacher.Status).ToContainTextAsync("Finished", new() { Timeout = 60_000 });
        }

        var alone = new RoomProtocolTests(fixture);
        foreach (var (teacher, scenario) in rooms)
        {
            var (code, key) = (await teacher.CodeAsync(), await teacher.KeyAsync());
            Assert.Equal(await alone.AloneAsync(scenario, "trace.jsonl"), await RoomFiles.ReadAsync(fixture, code, key, "trace.jsonl"));
            Assert.Equal(await alone.AloneAsync(scenario, "stances.csv"), await RoomFiles.ReadAsync(fixture, code, key, "stances.csv"));
            Assert.Contains("<html", await RoomFiles.ReadAsync(fixture, code, key, "report.html"), StringComparison.Ordinal);
        }
    }
}
