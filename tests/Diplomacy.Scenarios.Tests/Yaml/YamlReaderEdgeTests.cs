using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Tests.Yaml;

/// <summary>The readers' messages at their edges: nulls, empty text, one-sided ranges, odd keys and near misses.</summary>
public sealed class YamlReaderEdgeTests
{
    private static readonly string[] Keys = ["name", "age", "size", "tall", "parts", "inner"];

    private static (YamlMappingReader Mapping, YamlNodeReader Reader) Open(string text)
    {
        var file = YamlDocumentReader.Parse(text, "p.yaml");
        return (file.Reader.Mapping(file.Root, "the thing", Keys)!, file.Reader);
    }

    private static string OnlyError(YamlNodeReader reader) => Assert.Single(reader.Errors).ToString();

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    [InlineData("")]
    public void Every_plain_yaml_null_is_a_null(string value)
    {
        var (mapping, reader) = Open($"name: {value}\n");

        Assert.True(YamlNodeReader.IsNull(mapping.Value("name")!));
        Assert.Null(mapping.OptionalString("name"));
        Assert.Null(mapping.Required("name"));
        Assert.Equal("p.yaml:1:" + (value.Length == 0 ? "6" : "7") + ": error: 'name' of the thing must have a value", OnlyError(reader));
    }

    [Fact]
    public void A_quoted_null_is_text()
    {
        var (mapping, reader) = Open("name: 'null'\n");

        Assert.False(YamlNodeReader.IsNull(mapping.Value("name")!));
        Assert.Equal("null", mapping.RequiredString("name"));
        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void Blank_text_is_refused()
    {
        var (mapping, reader) = Open("name: '   '\n");

        Assert.Null(mapping.RequiredString("name"));
        Assert.Equal("p.yaml:1:7: error: 'name' of the thing must not be empty", OnlyError(reader));
    }

    [Theory]
    [InlineData("age: 12", "p.yaml:1:6: error: 'age' of the thing must be of at most 10; got 12")]
    [InlineData("age: x", "p.yaml:1:6: error: 'age' of the thing must be a whole number of at most 10; got 'x'")]
    [InlineData("age: 1.0", "p.yaml:1:6: error: 'age' of the thing must be a whole number of at most 10; got '1.0'")]
    public void A_maximum_alone_reads_as_at_most(string text, string message)
    {
        var (mapping, reader) = Open(text + "\n");

        Assert.Null(mapping.RequiredInt("age", maximum: 10));
        Assert.Equal(message, OnlyError(reader));
    }

    [Theory]
    [InlineData("size: x", "p.yaml:1:7: error: 'size' of the thing must be a number; got 'x'")]
    [InlineData("size: .inf", "p.yaml:1:7: error: 'size' of the thing must be a number; got '.inf'")]
    [InlineData("size: Infinity", "p.yaml:1:7: error: 'size' of the thing must be a number; got 'Infinity'")]
    [InlineData("size: NaN", "p.yaml:1:7: error: 'size' of the thing must be a number; got 'NaN'")]
    public void Without_a_range_a_number_must_still_be_finite(string text, string message)
    {
        var (mapping, reader) = Open(text + "\n");

        Assert.Null(mapping.RequiredDouble("size"));
        Assert.Equal(message, OnlyError(reader));
    }

    [Fact]
    public void Numbers_at_the_edges_of_their_range_are_taken()
    {
        var (mapping, reader) = Open("age: +10\nsize: -2.5e0\n");

        Assert.Equal(10, mapping.RequiredInt("age", 0, 10));
        Assert.Equal(-2.5, mapping.RequiredDouble("size", -2.5, 0));
        Assert.Equal(10, mapping.OptionalInt("age", 10, 10));
        Assert.Equal(-2.5, mapping.OptionalDouble("size", -2.5, -2.5));
        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void True_and_false_are_read_and_a_null_boolean_is_named()
    {
        var (mapping, reader) = Open("tall: true\nname: ~\n");

        Assert.True(mapping.RequiredBool("tall"));
        Assert.True(mapping.OptionalBool("tall"));
        Assert.Null(mapping.OptionalBool("name"));
        Assert.Null(reader.Bool(mapping.Value("name")!, "'name'"));
        Assert.Equal("p.yaml:2:7: error: 'name' must be true or false; got nothing (null)", OnlyError(reader));
    }

    [Fact]
    public void A_key_that_is_not_a_word_is_reported()
    {
        var (mapping, reader) = Open("[a, b]: 1\nname: x\n");

        Assert.Equal(["name"], mapping.Keys);
        Assert.Equal("p.yaml:1:1: error: keys of the thing must be plain words; got a list", OnlyError(reader));
    }

    [Fact]
    public void Key_and_value_locations_fall_back_to_the_mapping_when_the_key_is_absent()
    {
        var (mapping, _) = Open("name: x\nage:   4\n");

        Assert.Equal(new SourceLocation("p.yaml", 2, 1), mapping.KeyLocation("age"));
        Assert.Equal(new SourceLocation("p.yaml", 2, 8), mapping.LocationOf("age"));
        Assert.Equal(new SourceLocation("p.yaml", 1, 1), mapping.KeyLocation("size"));
        Assert.Equal(new SourceLocation("p.yaml", 1, 1), mapping.LocationOf("size"));
        Assert.Equal(mapping.Location, mapping.LocationOf("tall"));
        Assert.True(mapping.Has("age"));
        Assert.False(mapping.Has("size"));
        Assert.Equal("the thing", mapping.What);
    }

    [Fact]
    public void Nested_mappings_and_lists_are_read_with_their_own_keys()
    {
        var (mapping, reader) = Open("inner: { x: 1 }\nparts: [a, b]\n");

        Assert.Equal(1, mapping.RequiredMapping("inner", "the inner", ["x"])!.RequiredInt("x"));
        Assert.Equal(1, mapping.OptionalMapping("inner", "the inner", ["x"])!.OptionalInt("x"));
        Assert.Null(mapping.OptionalMapping("size", "the size", ["x"]));
        Assert.Equal(2, mapping.RequiredSequence("parts")!.Count);
        Assert.Equal(2, mapping.OptionalSequence("parts").Count);
        Assert.Null(mapping.RequiredChoice("name", [KeyValuePair.Create("x", 7)]));
        Assert.Equal("p.yaml:1:1: error: the thing is missing 'name'", OnlyError(reader));
    }

    [Fact]
    public void A_required_value_of_the_wrong_kind_is_reported_as_such()
    {
        var (mapping, reader) = Open("parts: x\ninner: [1]\nname: [a]\n");

        Assert.Null(mapping.RequiredSequence("parts"));
        Assert.Empty(mapping.OptionalSequence("parts"));
        Assert.Null(mapping.RequiredMapping("inner", "the inner", ["x"]));
        Assert.Null(mapping.OptionalWord<DayOfWeek>("name"));
        Assert.Equal(
            [
                "p.yaml:1:8: error: 'parts' of the thing must be a list ('- item' lines or [a, b]); got 'x'",
                "p.yaml:1:8: error: 'parts' of the thing must be a list ('- item' lines or [a, b]); got 'x'",
                "p.yaml:2:8: error: the inner must be a mapping of 'x'; got a list",
                "p.yaml:3:7: error: 'name' of the thing must be one of 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday' or 'saturday'; got a list",
            ],
            reader.Errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData(new string[0], "nothing")]
    [InlineData(new[] { "a" }, "'a'")]
    [InlineData(new[] { "a", "b" }, "'a' or 'b'")]
    [InlineData(new[] { "a", "b", "c" }, "'a', 'b' or 'c'")]
    public void Word_lists_read_as_prose(string[] words, string expected)
    {
        Assert.Equal(expected, YamlNodeReader.Join(words));
    }

    [Fact]
    public void Nodes_are_described_in_words()
    {
        Assert.Equal("a mapping", YamlNodeReader.Describe(new YamlMappingNode()));
        Assert.Equal("a list", YamlNodeReader.Describe(new YamlSequenceNode()));
        Assert.Equal("nothing (null)", YamlNodeReader.Describe(new YamlScalarNode("~")));
        Assert.Equal("'x'", YamlNodeReader.Describe(new YamlScalarNode("x")));
    }

    [Fact]
    public void A_mark_before_the_first_line_is_placed_at_its_start()
    {
        Assert.Equal(new SourceLocation("f.yaml", 1, 1), YamlNodeReader.Locate("f.yaml", YamlDotNet.Core.Mark.Empty));
    }

    [Theory]
    [InlineData("ab", "ax", "ax")]
    [InlineData("abcdef", "abcdxy", "abcdxy")]
    [InlineData("abcdef", "abcxyz", null)]
    [InlineData("NAME", "name", "name")]
    public void A_suggestion_is_at_most_a_third_of_the_word_away_and_at_least_one_edit(string word, string candidate, string? expected)
    {
        Assert.Equal(expected, EditDistance.Suggest(word, ["zzzzzzzzzz", candidate]));
    }

    [Fact]
    public void Ties_go_to_the_earlier_candidate_and_no_candidate_means_no_suggestion()
    {
        Assert.Equal("cat", EditDistance.Suggest("bat", ["cat", "hat"]));
        Assert.Null(EditDistance.Suggest("bat", []));
        Assert.Equal(" (did you mean 'cat'?)", EditDistance.DidYouMean("bat", ["cat"]));
        Assert.Equal(string.Empty, EditDistance.DidYouMean("bat", ["zebra"]));
    }

    [Theory]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abcd", "badc", 2)]
    [InlineData("ca", "abc", 3)]
    [InlineData("a", "b", 1)]
    public void Distance_at_its_edges(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Distance(a, b));
        Assert.Equal(distance, EditDistance.Distance(b, a));
    }
}
