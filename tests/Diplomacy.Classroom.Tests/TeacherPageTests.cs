using Diplomacy.Classroom.Tests.Fixtures;
using Microsoft.Playwright;

namespace Diplomacy.Classroom.Tests;

/// <summary>The teacher's page in a real browser: Setup, Step, a lever, and what the chart, feed and network show.</summary>
[Collection(ClassroomCollection.Name)]
public sealed class TeacherPageTests(ClassroomFixture fixture)
{
    /// <summary>When set, the README's pictures are taken into this folder (docs/images); otherwise the suite writes nothing.</summary>
    public const string ScreenshotsVariable = "DIPLOMACY_README_SCREENSHOTS";

    [Fact]
    public async Task The_teacher_opens_a_scenario_steps_three_times_moves_a_slider_and_the_chart_feed_and_network_change()
    {
        var teacher = await TeacherPage.OpenAsync(fixture);
        await teacher.SetupAsync("talks-as-announced");
        var seeds = await teacher.LineAsync("russia");
        Assert.Equal(0, await teacher.Feed.CountAsync());

        await teacher.StepAsync(1);
        Assert.True(await teacher.Feed.CountAsync() > 0);
        Assert.NotEqual(seeds, await teacher.LineAsync("russia"));
        await Assertions.Expect(teacher.Exchanges).ToHaveCountAsync(2);
        await teacher.StepAsync(2);
        await teacher.StepAsync(3);
        var feedAfterThree = await teacher.Feed.CountAsync();

        // The lever: Russia's position on territory, by the slider, from the next round.
        await teacher.Page.GetByRole(AriaRole.Combobox, new() { Name = "Issue", Exact = true }).First.SelectOptionAsync("territory");
        await teacher.Page.GetByRole(AriaRole.Combobox, new() { Name = "Actor" }).SelectOptionAsync("russia");
        await teacher.Page.GetByRole(AriaRole.Combobox, new() { Name = "Lever" }).SelectOptionAsync("position");
        await teacher.Page.Locator("#lever-issue").SelectOptionAsync("territory");
        await teacher.Page.GetByRole(AriaRole.Slider, new() { Name = "Value" }).FillAsync("20");
        await teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Apply lever" }).ClickAsync();
        await Assertions.Expect(teacher.Page.Locator(".notice")).ToContainTextAsync("russia's position on territory to 20: takes effect in round 4");
        var beforeLever = await teacher.LineAsync("russia");

        await teacher.StepAsync(4);

        await Assertions.Expect(teacher.Page.Locator("#feed li[data-type='lever']")).ToContainTextAsync("the teacher's lever: position from");
        Assert.True(await teacher.Feed.CountAsync() > feedAfterThree);
        Assert.NotEqual(beforeLever, await teacher.LineAsync("russia"));
        await ScreenshotAsync(teacher.Page, "classroom-teacher.png");
        Assert.Empty(teacher.ScriptErrors);
    }

    [Fact]
    public async Task The_controls_are_labelled_work_from_the_keyboard_and_the_text_has_enough_contrast()
    {
        var teacher = await TeacherPage.OpenAsync(fixture);
        await teacher.SetupAsync("europe-kept-out");

        var tree = await teacher.Page.Locator("body").AriaSnapshotAsync();
        foreach (var control in new[]
        {
            "combobox \"Scenario\"", "button \"Setup\"", "button \"Step\"", "button \"Go\"", "button \"Pause\"", "button \"Reset\"",
            "slider \"Pause between rounds\"", "spinbutton \"Seconds to answer\"", "combobox \"Actor\"", "combobox \"Lever\"",
            "combobox \"Issue\"", "slider \"Value\"", "button \"Apply lever\"", "tab \"Run\"", "tab \"Info\"",
        })
        {
            Assert.Contains(control, tree, StringComparison.Ordinal);
        }

        await teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Step", Exact = true }).FocusAsync();
        await teacher.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(teacher.Status).ToContainTextAsync("after round 1 of");
        Assert.Empty(await TextContrast.FailuresAsync(teacher.Page));

        await teacher.Page.GetByRole(AriaRole.Tab, new() { Name = "Run" }).FocusAsync();
        await teacher.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(teacher.Page.GetByRole(AriaRole.Tab, new() { Name = "Info" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(teacher.Page.Locator("#info h2").First).ToHaveTextAsync("What is it?");
        Assert.Empty(teacher.ScriptErrors);
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_its_width()
    {
        var teacher = await TeacherPage.OpenAsync(fixture, 390, 844);
        await teacher.SetupAsync("talks-as-announced");
        await teacher.StepAsync(1);

        await ScreenshotAsync(teacher.Page, "classroom-teacher-phone.png", fullPage: true);
        var overflow = await teacher.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than a phone's screen");
    }

    internal static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) is { Length: > 0 } folder)
        {
            // Let the proposals finish travelling before the picture is taken.
            await page.WaitForTimeoutAsync(1500);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = fullPage });
        }
    }
}
