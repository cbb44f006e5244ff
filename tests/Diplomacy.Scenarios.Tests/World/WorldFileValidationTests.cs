using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Scenarios.Tests.World;

/// <summary>
/// One mistake at a time in a copy of the shipped world: each is reported once, at the line
/// that makes it, and the world is not loaded.
/// </summary>
public sealed class WorldFileValidationTests : IDisposable
{
    private const string VanceTie = "  - {listener: vance, speaker: trump, weight: 0.8,";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_tie_from_an_actor_to_itself_is_rejected_at_its_speaker()
    {
        var error = SingleError(VanceTie, "  - {listener: vance, speaker: vance, weight: 0.8,");

        Assert.Equal("'vance' cannot be tied to itself; its own stance already anchors it (susceptibility)", error.Message);
        Assert.Equal(ShippedSeed.LineOf(VanceTie), error.Location.Line);
        Assert.Equal(ColumnOf(VanceTie, "speaker"), error.Location.Column);
    }

    [Theory]
    [InlineData("United_States")]
    [InlineData("united-States")]
    [InlineData("united--states")]
    [InlineData("-united-states")]
    [InlineData("united-states-")]
    [InlineData("united states")]
    public void An_id_that_is_not_lower_kebab_case_is_rejected(string id)
    {
        // China's stances now name an actor that is not declared: reported too, and ignored here.
        var error = SingleError("  - id: china\n", $"  - id: \"{id}\"\n", alsoExpected: "unknown actor 'china'");

        Assert.Equal($"id '{id}' must be lower-kebab-case: lower-case letters and digits joined by single hyphens (for example 'united-states')", error.Message);
    }

    [Theory]
    [InlineData("talks-2025")]
    [InlineData("g7")]
    [InlineData("a-1-b")]
    public void Lower_kebab_case_ids_are_accepted(string id)
    {
        var text = ShippedSeed.WorldText
            .Replace("  - id: talks-timing\n", $"  - id: {id}\n", StringComparison.Ordinal)
            .Replace("issue: talks-timing\n", $"issue: {id}\n", StringComparison.Ordinal);

        var world = WorldFileReader.Load(ShippedSeed.WriteWorld(_temp, text)).World;

        Assert.NotNull(world.FindIssue(id));
    }

    [Fact]
    public void A_duplicate_issue_is_rejected_at_the_second()
    {
        // The stances on the issue it replaced now name an unknown issue: reported too, and ignored here.
        var error = SingleError("  - id: ukraine-at-table\n    title:", "  - id: talks-timing\n    title:", alsoExpected: "unknown issue 'ukraine-at-table'");

        Assert.Equal($"duplicate issue id 'talks-timing' (first given at line {ShippedSeed.LineOf("  - id: talks-timing\n")})", error.Message);
        Assert.Equal(ShippedSeed.LineOf("  - id: ukraine-at-table\n"), error.Location.Line);
    }

    [Fact]
    public void A_second_stance_of_an_actor_on_an_issue_is_rejected()
    {
        const string Second = "  - actor: trump\n    issue: ukraine-at-table\n";
        var error = SingleError(Second, "  - actor: trump\n    issue: talks-timing\n");

        Assert.Equal($"duplicate stance of 'trump on talks-timing' (first given at line {ShippedSeed.LineOf("  - actor: trump\n    issue: talks-timing\n")})", error.Message);
        Assert.Equal(ShippedSeed.LineOf(Second), error.Location.Line);
        Assert.Equal(ColumnOf(Second, "actor"), error.Location.Column);
    }

    [Fact]
    public void A_second_tie_between_the_same_listener_and_speaker_is_rejected()
    {
        const string Rubio = "  - {listener: rubio, speaker: trump, weight: 0.8,";
        var error = SingleError(Rubio, "  - {listener: vance, speaker: trump, weight: 0.5,");

        Assert.Equal($"duplicate tie of 'vance listening to trump' (first given at line {ShippedSeed.LineOf(VanceTie)})", error.Message);
        Assert.Equal(ShippedSeed.LineOf(Rubio), error.Location.Line);
        Assert.Equal(ColumnOf(Rubio, "listener"), error.Location.Column);
    }

    [Fact]
    public void A_tie_with_an_unknown_listener_is_rejected_at_the_listener()
    {
        var error = SingleError(VanceTie, "  - {listener: vence, speaker: trump, weight: 0.8,");

        Assert.Equal("unknown actor 'vence' in 'listener' (did you mean 'vance'?)", error.Message);
        Assert.Equal(ColumnOf(VanceTie, "listener"), error.Location.Column);
    }

    [Fact]
    public void The_shipped_world_passes_every_check()
    {
        var world = WorldFileReader.Load(ShippedSeed.WriteWorld(_temp, ShippedSeed.WorldText)).World;

        Assert.NotEmpty(world.Ties);
        Assert.DoesNotContain(world.Ties, t => t.Listener == t.Speaker);
        Assert.Equal(world.Ties.Count, world.Ties.Select(t => (t.Listener, t.Speaker)).Distinct().Count());
        Assert.Equal(world.Stances.Count, world.Stances.Select(s => (s.Actor, s.Issue)).Distinct().Count());
    }

    private static int ColumnOf(string line, string key) => line.IndexOf(key + ":", StringComparison.Ordinal) + key.Length + 3;

    /// <summary>The one error of the shipped world with <paramref name="find"/> replaced once, apart from those starting with <paramref name="alsoExpected"/>.</summary>
    private InputError SingleError(string find, string replace, string? alsoExpected = null)
    {
        var path = ShippedSeed.WriteVariant(_temp, find, replace);

        var errors = Assert.Throws<InputException>(() => WorldFileReader.Load(path)).Errors;

        return Assert.Single(errors, e => alsoExpected is null || !e.Message.StartsWith(alsoExpected, StringComparison.Ordinal));
    }
}
