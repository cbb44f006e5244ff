using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Scenarios.Tests.Tables;

public sealed class CsvLineTests
{
    [Fact]
    public void A_doubled_quote_inside_quotes_is_one_quote()
    {
        var fields = CsvLine.Split("\"say \"\"no\"\"\",b,\"\"\"\"", "t.csv", 1);

        Assert.Equal([new CsvField("say \"no\"", 1), new CsvField("b", 14), new CsvField("\"", 16)], fields);
    }

    [Fact]
    public void A_quoted_cell_may_hold_commas_and_be_followed_by_spaces()
    {
        var fields = CsvLine.Split("  \"a, b\" \t, c ,d", "t.csv", 1);

        Assert.Equal([new CsvField("a, b", 3), new CsvField("c", 13), new CsvField("d", 16)], fields);
    }

    [Fact]
    public void Trailing_empty_cells_are_dropped_but_inner_ones_kept()
    {
        Assert.Equal(["a", "", "b"], CsvLine.Split("a,,b,,, ", "t.csv", 1).Select(f => f.Text));
        Assert.Empty(CsvLine.Split(",,", "t.csv", 1));
        Assert.Empty(CsvLine.Split(string.Empty, "t.csv", 1));
    }

    [Theory]
    [InlineData("a,\"open", 3, "a quoted cell is not closed: expected '\"' before the end of the line")]
    [InlineData("a,\"ends with a doubled quote\"\"", 3, "a quoted cell is not closed: expected '\"' before the end of the line")]
    [InlineData("\"a\" b,c", 5, "expected ',' after a quoted cell")]
    public void A_broken_quote_is_located(string line, int column, string message)
    {
        var error = Assert.Single(Assert.Throws<InputException>(() => CsvLine.Split(line, "t.csv", 7)).Errors);

        Assert.Equal(new SourceLocation("t.csv", 7, column), error.Location);
        Assert.Equal(message, error.Message);
    }
}
