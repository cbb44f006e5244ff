using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.World;
using Diplomacy.Testing;

namespace Diplomacy.Scenarios.Tests.World;

/// <summary>Values written as the bare word <c>draft</c>: listed for review, refused for use.</summary>
public sealed class DraftValueTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private const string PistoriusStance = "  - actor: pistorius\n    issue: early-concessions\n    position: 10\n    salience: 0.7\n    resolve: 0.7\n    confidence: stated\n";
    private const string DraftStance = "  - actor: pistorius\n    issue: early-concessions\n    position: draft\n    salience: 0.7\n    resolve: draft\n    confidence: draft\n";

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Loaded_for_use_each_draft_value_is_an_error_at_its_place()
    {
        var path = ShippedSeed.WriteVariant(_temp, PistoriusStance, DraftStance);

        var errors = Assert.Throws<InputException>(() => WorldFileReader.Load(path)).Errors;

        var line = ShippedSeed.LineOf(PistoriusStance);
        Assert.Equal([(line + 2, 15), (line + 4, 14), (line + 5, 17)], errors.Select(e => (e.Location.Line, e.Location.Column)));
        Assert.Equal(
            "'position' of stance 'pistorius' on 'early-concessions' is still a draft; decide it with 'diplomacy seed review' or by hand",
            errors[0].Message);
    }

    [Fact]
    public void Loaded_as_a_draft_the_values_are_listed_and_marked_undecided()
    {
        var path = ShippedSeed.WriteVariant(_temp, PistoriusStance, DraftStance);

        var loaded = WorldFileReader.LoadDraft(path);

        var stance = loaded.World.FindStance("pistorius", "early-concessions")!;
        Assert.Equal(["position", "resolve", "confidence"], stance.Undecided);
        Assert.Equal(Confidence.Draft, stance.Confidence);
        Assert.True(double.IsNaN(stance.Position));
        Assert.Equal(0.7, stance.Salience);
        Assert.Equal(3, loaded.Drafts.Count);
        Assert.True(loaded.World.HasDrafts);
    }

    [Fact]
    public void Actor_and_issue_values_can_be_drafts_but_a_quoted_draft_is_text()
    {
        var path = ShippedSeed.WriteWorld(_temp, ShippedSeed.WorldText
            .Replace("    capability: 3.9\n", "    capability: draft\n", StringComparison.Ordinal)
            .Replace("    low: A quick deal now, expediency first\n", "    low: draft\n", StringComparison.Ordinal)
            .Replace("    role: Kyiv think tank\n", "    role: \"draft\"\n", StringComparison.Ordinal));

        var loaded = WorldFileReader.LoadDraft(path);

        Assert.Equal(["capability"], loaded.World.FindActor("lecornu")!.Undecided);
        Assert.Equal(["low"], loaded.World.FindIssue("deal-durability")!.Undecided);
        Assert.Empty(loaded.World.FindActor("democratic-initiatives-foundation")!.Undecided);
        Assert.Equal("draft", loaded.World.FindActor("democratic-initiatives-foundation")!.Role);
        Assert.Equal(2, loaded.Drafts.Count);
    }

    [Fact]
    public void The_shipped_world_has_no_drafts()
    {
        var loaded = WorldFileReader.LoadDraft(ShippedSeed.WorldPath);

        Assert.Empty(loaded.Drafts);
        Assert.False(loaded.World.HasDrafts);
    }

    [Fact]
    public void Json_writes_draft_values_as_null_with_confidence_draft_and_the_table_marks_them()
    {
        var world = WorldFileReader.LoadDraft(ShippedSeed.WriteVariant(_temp, PistoriusStance, DraftStance)).World;

        var json = WorldJsonWriter.Write(world);
        using var table = new StringWriter();
        WorldTableWriter.Write(table, world, details: false, quotes: true);

        Assert.Contains("\"actor\": \"pistorius\",\n      \"issue\": \"early-concessions\",\n      \"position\": null,\n      \"salience\": 0.7,\n      \"resolve\": null,\n      \"confidence\": \"draft\"", json.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("pistorius × early-concessions: ? draft, salience 0.7, resolve ?", table.ToString(), StringComparison.Ordinal);
        Assert.Contains("Drafts: d = confidence still draft; ? = position still draft.", table.ToString(), StringComparison.Ordinal);
    }
}
