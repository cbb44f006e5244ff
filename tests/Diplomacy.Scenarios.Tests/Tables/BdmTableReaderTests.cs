using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Scenarios.Tests.Tables;

public sealed class BdmTableReaderTests
{
    [Fact]
    public void Reads_the_EU_example_in_file_order()
    {
        var data = ForecastData.Read(RepositoryData.PathOf("eu-emissions.csv"));

        var issue = Assert.Single(data.Issues);
        Assert.Equal(10, issue.Actors.Count);
        Assert.Equal(new Model.ExpectedUtility.BdmActor("Netherlands", 0.08, 4, 0.8), issue.Actors[0]);
        Assert.Equal("Greece", issue.Actors[^1].Name);
    }

    [Fact]
    public void Accepts_columns_in_any_order_and_case_with_quotes_blank_lines_and_extra_columns()
    {
        const string text = "salience, ACTOR ,Position,Capability,Notes\r\n\r\n 0.5 ,\"Smith, J.\", 3 ,1e-1,anything\r\n1,B,4,0.2,\n";

        var issue = Assert.Single(BdmTableReader.Parse(text, "t.csv").Issues);

        Assert.Equal(new Model.ExpectedUtility.BdmActor("Smith, J.", 0.1, 3, 0.5), issue.Actors[0]);
        Assert.Equal(new Model.ExpectedUtility.BdmActor("B", 0.2, 4, 1), issue.Actors[1]);
    }

    [Theory]
    [InlineData("Actor,Capability,Position\nA,1,2\n", 1, 26, "expected a column named 'Salience' in the header")]
    [InlineData("Actor,Capability,Position,Salience\nA,1,2,0.5\nB,x,2,0.5\n", 3, 3, "expected a number for Capability, got 'x'")]
    [InlineData("Actor,Capability,Position,Salience\nA,1,2,1.5\n", 2, 7, "Salience must be between 0 and 1, got 1.5")]
    [InlineData("Actor,Capability,Position,Salience\nA,-1,2,0.5\n", 2, 3, "Capability must be at least 0, got -1")]
    [InlineData("Actor,Capability,Position,Salience\nA,1,2\n", 2, 6, "expected 4 cells (Actor,Capability,Position,Salience), got 3")]
    [InlineData("Actor,Capability,Position,Salience\nA,1,2,0.5\nA,1,3,0.5\n", 3, 1, "actor 'A' is listed twice")]
    [InlineData("Actor,Capability,Position,Salience\n", 2, 1, "expected at least one actor row")]
    [InlineData("Actor,Capability,Position,Salience\nA,0,2,0.5\nB,1,3,0\n", 3, 1, "every actor has zero capability or zero salience: the weighted mean is undefined")]
    [InlineData("Actor,Capability,Position,Salience\n\"A,1,2,0.5\n", 2, 1, "a quoted cell is not closed: expected '\"' before the end of the line")]
    public void Locates_each_mistake(string text, int line, int column, string message)
    {
        var error = Assert.Single(Assert.Throws<InputException>(() => ForecastData.Parse(text, "t.csv")).Errors);

        Assert.Equal(new InputError(new SourceLocation("t.csv", line, column), message), error);
    }

    [Fact]
    public void Reports_every_bad_row_at_once()
    {
        const string text = "Actor,Capability,Position,Salience\nA,a,2,0.5\nB,1,b,0.5\n";

        var errors = Assert.Throws<InputException>(() => ForecastData.Parse(text, "t.csv")).Errors;

        Assert.Equal(["t.csv:2:3", "t.csv:3:5"], errors.Select(e => e.Location.ToString()));
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var error = Assert.Single(Assert.Throws<InputException>(() => ForecastData.Read("no-such-file.csv")).Errors);

        Assert.Equal("no-such-file.csv", error.Location.File);
    }
}
