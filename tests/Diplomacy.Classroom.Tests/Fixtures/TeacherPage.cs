using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Diplomacy.Classroom.Tests.Fixtures;

/// <summary>The teacher's page as a test drives it: by its labels and roles, as a teacher (or a screen reader) finds them.</summary>
public sealed partial class TeacherPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>
    /// Script errors the page raised, anything it asked of another server (a classroom works
    /// offline) and any asset that failed to load; a test ends by checking there were none.
    /// </summary>
    public List<string> ScriptErrors { get; } = [];

    public ILocator Status => Page.GetByRole(AriaRole.Status).First;

    public ILocator Feed => Page.Locator("#feed li:not(.round-mark)");

    public ILocator Exchanges => Page.Locator("#network .exchange");

    public static async Task<TeacherPage> OpenAsync(ClassroomFixture fixture, int width = 1280, int height = 720)
    {
        var page = await fixture.NewPageAsync(width, height);
        var teacher = new TeacherPage(page);
        page.PageError += (_, error) => teacher.ScriptErrors.Add(error);
        page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme != "data" && url.Authority != fixture.Address.Authority)
            {
                teacher.ScriptErrors.Add($"asked another server: {request.Url}");
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !new Uri(response.Url).AbsolutePath.StartsWith("/api/", StringComparison.Ordinal))
            {
                teacher.ScriptErrors.Add($"{response.Status} for {response.Url}");
            }
        };
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#room-code")).ToHaveTextAsync(RoomCode());
        return teacher;
    }

    public async Task<string> CodeAsync() => await Page.Locator("#room-code").InnerTextAsync();

    /// <summary>The teacher's key, as the page keeps it for the session.</summary>
    public async Task<string> KeyAsync()
    {
        var stored = await Page.EvaluateAsync<string>("sessionStorage.getItem('diplomacy-teacher-room')");
        return JsonDocument.Parse(stored).RootElement.GetProperty("key").GetString()!;
    }

    public async Task SetupAsync(string scenario)
    {
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "Scenario" }).SelectOptionAsync(scenario);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Setup" }).ClickAsync();
        await Assertions.Expect(Status).ToHaveTextAsync("Ready: press Step or Go");
    }

    public async Task StepAsync(int toRound)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Step", Exact = true }).ClickAsync();
        await Assertions.Expect(Status).ToContainTextAsync($"after round {toRound} of");
    }

    /// <summary>The points of an actor's line on the chart shown now.</summary>
    public async Task<string> LineAsync(string actor) =>
        await Page.Locator($"#chart polyline[data-actor='{actor}']").GetAttributeAsync("points") ?? string.Empty;

    [GeneratedRegex("^[A-Z2-9]{6}$")]
    private static partial Regex RoomCode();
}
