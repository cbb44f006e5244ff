using Diplomacy.Drafting.Writing;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Drafting.Tests;

public sealed class DraftFileTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-draft-tests-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_draft_of_the_shipped_article_loads_as_a_draft_world_whose_quotes_are_all_in_the_article()
    {
        var path = WriteDraft();

        var loaded = WorldFileReader.LoadDraft(path);

        Assert.Equal(21, loaded.World.Actors.Count);
        Assert.True(loaded.World.HasDrafts);
        Assert.All(loaded.World.Stances, s => Assert.Equal(["position", "salience", "resolve", "confidence"], s.Undecided));
        Assert.All(loaded.World.Actors, a => Assert.Contains("capability", a.Undecided));
    }

    [Fact]
    public void Loaded_for_use_every_draft_value_is_one_located_error()
    {
        var path = WriteDraft();
        var text = File.ReadAllText(path);
        var draftLines = text.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.EndsWith(": draft", StringComparison.Ordinal)).ToList();

        var errors = Assert.Throws<InputException>(() => WorldFileReader.Load(path)).Errors;

        Assert.Equal(draftLines.Count, errors.Count);
        Assert.Equal(draftLines.Select(l => l.i + 1), errors.Select(e => e.Location.Line));
        Assert.All(errors, e => Assert.Contains("is still a draft; decide it with 'diplomacy seed review'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_article_gives_the_same_draft_byte_for_byte()
    {
        var first = DraftWorldWriter.Write(ShippedArticle.Draft());
        var second = DraftWorldWriter.Write(ShippedArticle.Draft());

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("true")]
    [InlineData("12")]
    [InlineData("- a list?")]
    [InlineData("a: b")]
    [InlineData("note # not a comment")]
    [InlineData("“curly” and ’apostrophes’ stay plain")]
    [InlineData("\"straight quotes\" and \\ backslash")]
    [InlineData(" leading space")]
    [InlineData("ends with colon:")]
    public void Text_written_as_a_yaml_scalar_reads_back_as_the_same_text(string text)
    {
        var file = YamlDocumentReader.Parse($"key: {YamlScalar.Of(text)}\n", "t.yaml");
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)file.Root;
        var node = (YamlDotNet.RepresentationModel.YamlScalarNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("key")];

        Assert.Equal(text, node.Value);
        Assert.False(text == "draft" && node.Style == YamlDotNet.Core.ScalarStyle.Plain, "the word draft must be quoted when it is text");
    }

    private string WriteDraft()
    {
        File.Copy(ShippedArticle.ArticlePath, _temp.Sub(ShippedArticle.ArticleName));
        return _temp.Write("draft.world.yaml", DraftWorldWriter.Write(ShippedArticle.Draft()));
    }
}
