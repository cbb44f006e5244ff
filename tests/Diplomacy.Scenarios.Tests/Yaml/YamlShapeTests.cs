using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Tests.Yaml;

/// <summary>
/// What YamlDocumentReader refuses before it builds anything: nesting past its limit, located at
/// the collection that goes too deep; and a parser error's exact words, without YamlDotNet's prefix.
/// </summary>
public sealed class YamlShapeTests
{
    private static string Nested(int depth) => "a: " + new string('[', depth - 1) + "1" + new string(']', depth - 1) + "\n";

    [Fact]
    public void Collections_nested_to_the_limit_are_read_and_one_deeper_is_refused_where_it_opens()
    {
        Assert.NotNull(YamlDocumentReader.Parse(Nested(32), "deep.yaml").Root);

        var error = Assert.Single(Assert.Throws<InputException>(() => YamlDocumentReader.Parse(Nested(33), "deep.yaml")).Errors);

        Assert.Equal(new SourceLocation("deep.yaml", 1, 35), error.Location);
        Assert.Equal("collections are nested more than 32 deep here; no diplomacy file needs more than 5 levels", error.Message);
    }

    [Fact]
    public void Collections_side_by_side_do_not_add_up_to_depth()
    {
        var text = string.Concat(Enumerable.Range(0, 40).Select(i => $"k{i}: [[{i}]]\n"));

        Assert.NotNull(YamlDocumentReader.Parse(text, "wide.yaml").Root);
    }

    [Fact]
    public void A_parser_error_keeps_only_its_words()
    {
        var error = Assert.Single(Assert.Throws<InputException>(() => YamlDocumentReader.Parse("a: 1\nb: c: d\n", "bad.yaml")).Errors);

        Assert.Equal("invalid YAML: While scanning a plain scalar value, found invalid mapping.", error.Message);
        Assert.Equal(new SourceLocation("bad.yaml", 2, 5), error.Location);
    }
}
