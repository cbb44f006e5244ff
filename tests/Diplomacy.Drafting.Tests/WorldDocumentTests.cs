using Diplomacy.Drafting.Review;
using Diplomacy.Scenarios.World;

namespace Diplomacy.Drafting.Tests;

public sealed class WorldDocumentTests
{
    private const string Text = """
        # A comment that must survive.
        article: a.txt
        stances:
          # Line 1: the sentence.
          - actor: trump
            issue: talks
            position: draft   # keep me
            confidence: draft
            quote: first words
            # or: other words
            # or: third words
          # Line 2: another sentence.
          - actor: putin
            issue: talks
            position: 10
            confidence: stated
            quote: more words

        ties: []
        """;

    [Fact]
    public void Setting_values_changes_only_their_characters()
    {
        var document = WorldDocument.Parse("w.yaml", Text);
        var trump = document.Entries("stances")[0];

        var edited = document.Set(trump, [KeyValuePair.Create("position", (string?)"80"), KeyValuePair.Create("confidence", (string?)"stated")]);

        Assert.Equal(Text.Replace("position: draft   # keep me", "position: 80   # keep me", StringComparison.Ordinal).Replace("    confidence: draft", "    confidence: stated", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void A_new_key_goes_after_the_named_one_and_a_removed_key_takes_its_line()
    {
        var document = WorldDocument.Parse("w.yaml", Text);
        var trump = document.Entries("stances")[0];

        var edited = document.Set(
            trump,
            [KeyValuePair.Create("quote", (string?)null), KeyValuePair.Create("assumption", (string?)"\"A guess: mine\"")],
            insertAfter: "confidence",
            dropAlternatives: true);

        Assert.Contains("    confidence: draft\n    assumption: \"A guess: mine\"\n  # Line 2", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("first words", edited, StringComparison.Ordinal);
        Assert.DoesNotContain("# or:", edited, StringComparison.Ordinal);
        Assert.Contains("# A comment that must survive.", edited, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alternatives_of_a_stance_are_its_or_comments()
    {
        var document = WorldDocument.Parse("w.yaml", Text);

        Assert.Equal(["other words", "third words"], document.Alternatives(document.Entries("stances")[0]));
        Assert.Empty(document.Alternatives(document.Entries("stances")[1]));
    }

    [Fact]
    public void Removing_an_entry_takes_its_lines_and_the_comment_above_it_and_nothing_else()
    {
        var document = WorldDocument.Parse("w.yaml", Text);

        var first = document.Remove(document.Entries("stances")[0]);
        var last = document.Remove(document.Entries("stances")[1]);

        Assert.Equal(Text[..Text.IndexOf("  # Line 1", StringComparison.Ordinal)] + Text[Text.IndexOf("  # Line 2", StringComparison.Ordinal)..], first);
        Assert.Equal(Text[..Text.IndexOf("  # Line 2", StringComparison.Ordinal)] + "\nties: []", last);
    }

    [Fact]
    public void An_edit_of_the_shipped_world_changes_one_line_and_keeps_it_valid()
    {
        var path = Path.Combine(ShippedArticle.Folder, WorldFileLocator.DefaultFileName);
        var text = File.ReadAllText(path);
        var document = WorldDocument.Parse(path, text);
        var lecornu = document.Entries("actors").Single(a => WorldDocument.Value(a, "id") == "lecornu");

        var edited = document.Set(lecornu, [KeyValuePair.Create("capability", (string?)"3.5")]);

        var changed = text.Split('\n').Zip(edited.Split('\n')).Where(p => p.First != p.Second).ToList();
        Assert.Equal([("    capability: 3.9", "    capability: 3.5")], changed);
    }
}
