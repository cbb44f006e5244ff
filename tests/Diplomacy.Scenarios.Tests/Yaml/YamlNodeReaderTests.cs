using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Tests.Yaml;

public sealed class YamlNodeReaderTests
{
    private static readonly string[] PersonKeys = ["name", "age", "height", "kind", "tall"];

    private enum Shape
    {
        Circle,
        RoundedSquare,
    }

    [Fact]
    public void Reads_typed_values_from_a_mapping()
    {
        var file = YamlDocumentReader.Parse("name: Ada\nage: 36\nheight: 1.65\nkind: rounded-square\ntall: false\n", "p.yaml");
        var person = file.Reader.Mapping(file.Root, "the person", PersonKeys)!;

        Assert.Equal("Ada", person.RequiredString("name"));
        Assert.Equal(36, person.RequiredInt("age", 0, 150));
        Assert.Equal(1.65, person.RequiredDouble("height", 0, 3));
        Assert.Equal(Shape.RoundedSquare, person.RequiredWord<Shape>("kind"));
        Assert.False(person.RequiredBool("tall"));
        Assert.Empty(file.Reader.Errors);
    }

    [Fact]
    public void Negative_zero_is_read_as_zero_so_that_no_output_spells_minus_zero()
    {
        var file = YamlDocumentReader.Parse("name: Ada\nheight: -0.0\n", "p.yaml");
        var person = file.Reader.Mapping(file.Root, "the person", PersonKeys)!;

        var height = person.RequiredDouble("height", -1, 3);

        Assert.Equal(0.0, height);
        Assert.False(double.IsNegative(height!.Value));
    }

    [Fact]
    public void Unknown_key_is_located_and_suggests_the_near_miss()
    {
        var file = YamlDocumentReader.Parse("name: Ada\nhieght: 1.65\n", "p.yaml");
        file.Reader.Mapping(file.Root, "the person", PersonKeys);

        var error = Assert.Single(file.Reader.Errors);
        Assert.Equal(new SourceLocation("p.yaml", 2, 1), error.Location);
        Assert.Contains("unknown key 'hieght'", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'height'?", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowed keys: name, age, height, kind, tall", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_thrown_top_to_bottom_then_left_to_right_whatever_order_they_were_found_in()
    {
        var reader = new YamlNodeReader("f.yaml");
        reader.Report(new SourceLocation("f.yaml", 5, 3), "d");
        reader.Report(new SourceLocation("f.yaml", 2, 7), "b");
        reader.Report(new SourceLocation("f.yaml", 5, 1), "c");
        reader.Report(new SourceLocation("f.yaml", 2, 1), "a");

        var errors = Assert.Throws<InputException>(reader.ThrowIfErrors).Errors;

        Assert.Equal(["a", "b", "c", "d"], errors.Select(e => e.Message));
        Assert.Equal(["d", "b", "c", "a"], reader.Errors.Select(e => e.Message));
    }

    [Fact]
    public void No_errors_throw_nothing()
    {
        var reader = new YamlNodeReader("f.yaml");

        reader.ThrowIfErrors();

        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void Collects_every_error_instead_of_stopping_at_the_first()
    {
        var file = YamlDocumentReader.Parse("age: 200\nheight: '1.65'\nkind: square\ntall: yes\n", "p.yaml");
        var person = file.Reader.Mapping(file.Root, "the person", PersonKeys)!;

        Assert.Null(person.RequiredString("name"));
        Assert.Null(person.RequiredInt("age", 0, 150));
        Assert.Null(person.RequiredDouble("height", 0, 3));
        Assert.Null(person.RequiredWord<Shape>("kind"));
        Assert.Null(person.RequiredBool("tall"));

        var messages = file.Reader.Errors.Select(e => e.ToString()).ToList();
        Assert.Collection(
            messages,
            m => Assert.Equal("p.yaml:1:1: error: the person is missing 'name'", m),
            m => Assert.Equal("p.yaml:1:6: error: 'age' of the person must be between 0 and 150; got 200", m),
            m => Assert.Equal("p.yaml:2:9: error: 'height' of the person must be a number, unquoted; got the quoted text '1.65'", m),
            m => Assert.Equal("p.yaml:3:7: error: 'kind' of the person must be one of 'circle' or 'rounded-square'; got 'square'", m),
            m => Assert.Equal("p.yaml:4:7: error: 'tall' of the person must be true or false; got 'yes'", m));
        var thrown = Assert.Throws<InputException>(file.Reader.ThrowIfErrors);
        Assert.Equal(5, thrown.Errors.Count);
    }

    [Fact]
    public void Optional_values_are_null_when_absent_but_a_wrong_type_is_still_reported()
    {
        var file = YamlDocumentReader.Parse("name: ~\nage: [1]\n", "p.yaml");
        var person = file.Reader.Mapping(file.Root, "the person", PersonKeys)!;

        Assert.Null(person.OptionalString("name"));
        Assert.Null(person.OptionalDouble("height"));
        Assert.Empty(person.OptionalSequence("kind"));
        Assert.Null(person.OptionalInt("age"));

        var error = Assert.Single(file.Reader.Errors);
        Assert.Equal("p.yaml:2:6: error: 'age' of the person must be a whole number; got a list", error.ToString());
    }

    [Fact]
    public void Wrong_node_kinds_are_reported_with_what_was_expected()
    {
        var file = YamlDocumentReader.Parse("items: {a: 1}\n", "p.yaml");
        var root = file.Reader.Mapping(file.Root, "the file", ["items"])!;

        Assert.Null(root.RequiredSequence("items"));
        Assert.Null(file.Reader.Mapping(root.Value("items")!["a"], "an item", ["x"]));

        Assert.Equal(2, file.Reader.Errors.Count);
        Assert.Contains("must be a list", file.Reader.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("an item must be a mapping of 'x'; got '1'", file.Reader.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_error_names_file_line_and_column_without_the_parser_prefix()
    {
        var thrown = Assert.Throws<InputException>(() => YamlDocumentReader.Parse("a: 1\nb: [1, 2\nc: 3\n", "bad.yaml"));

        var error = Assert.Single(thrown.Errors);
        Assert.Equal("bad.yaml", error.Location.File);
        Assert.True(error.Location.Line >= 2, error.ToString());
        Assert.StartsWith("invalid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_a_located_error()
    {
        var thrown = Assert.Throws<InputException>(() => YamlDocumentReader.Parse("a: 1\na: 2\n", "dup.yaml"));

        var error = Assert.Single(thrown.Errors);
        Assert.Equal(new SourceLocation("dup.yaml", 2, 1), error.Location);
        Assert.Contains("uplicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_located_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.yaml");

        var thrown = Assert.Throws<InputException>(() => YamlDocumentReader.Load(path, Diplomacy.Scenarios.Input.InputKind.Scenario));

        Assert.Equal($"{path}:1:1: error: cannot read the file: no such file", Assert.Single(thrown.Errors).ToString());
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        var thrown = Assert.Throws<InputException>(() => YamlDocumentReader.Parse("# only a comment\n", "empty.yaml"));

        Assert.Contains("empty", Assert.Single(thrown.Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("salince", "salience")]
    [InlineData("qoute", "quote")]
    [InlineData("Position", "position")]
    [InlineData("zebra", null)]
    public void Suggests_only_plausible_typos(string typed, string? expected)
    {
        Assert.Equal(expected, EditDistance.Suggest(typed, ["salience", "quote", "position"]));
    }

    [Fact]
    public void Distance_counts_single_character_edits_and_swaps()
    {
        Assert.Equal(0, EditDistance.Distance("nato", "nato"));
        Assert.Equal(1, EditDistance.Distance("nato", "natos"));
        Assert.Equal(1, EditDistance.Distance("quote", "qoute"));
        Assert.Equal(3, EditDistance.Distance("kitten", "sitting"));
    }

    [Fact]
    public void Enum_words_are_lower_kebab_case()
    {
        Assert.Equal("bdm-scholz", YamlNodeReader.ToKebabCase("BdmScholz"));
        Assert.Equal(["circle", "rounded-square"], YamlNodeReader.WordsOf<Shape>().Select(w => w.Key));
    }
}
