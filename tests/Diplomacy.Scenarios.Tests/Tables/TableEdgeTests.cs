using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Scenarios.Tests.Tables;

/// <summary>The edges of both table formats: empty files, short lines, unnamed dimensions, and the error limit.</summary>
public sealed class TableEdgeTests
{
    private static InputError SingleError(Func<ForecastData> parse) =>
        Assert.Single(Assert.Throws<InputException>(() => parse()).Errors);

    [Fact]
    public void An_empty_bdm_table_asks_for_its_header()
    {
        var error = SingleError(() => BdmTableReader.Parse(string.Empty, "t.csv"));

        Assert.Equal(new InputError(new SourceLocation("t.csv", 1, 1), "the file is empty: expected a header 'Actor,Capability,Position,Salience'"), error);
    }

    [Fact]
    public void An_empty_file_is_neither_format()
    {
        var error = SingleError(() => ForecastData.Parse("\n  \n", "k.csv"));

        Assert.Equal(new InputError(new SourceLocation("k.csv", 1, 1), "expected a BDM table (header 'Actor,Capability,Position,Salience') or a KTAB file (scenario line, then header)"), error);
    }

    [Fact]
    public void A_column_named_twice_is_located_at_the_second()
    {
        var error = SingleError(() => ForecastData.Parse("Actor,Capability,Position,Salience,actor\nA,1,2,0.5\n", "t.csv"));

        Assert.Equal(new InputError(new SourceLocation("t.csv", 1, 36), "the column 'Actor' appears twice"), error);
    }

    [Fact]
    public void A_row_without_a_name_is_located_at_the_name()
    {
        var bdm = SingleError(() => ForecastData.Parse("Actor,Capability,Position,Salience\nA,1,2,0.5\n ,1,2,0.5\n", "t.csv"));
        var ktab = SingleError(() => ForecastData.Parse("s,d,2,1\nActor,Description,Power,Pos1,Sal1\nA,a,1,50,50\n,b,1,50,50\n", "k.csv"));

        Assert.Equal(new InputError(new SourceLocation("t.csv", 3, 2), "expected an actor name"), bdm);
        Assert.Equal(new InputError(new SourceLocation("k.csv", 4, 1), "expected an actor name"), ktab);
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_change_no_line_number()
    {
        var data = ForecastData.Parse("\uFEFFActor,Capability,Position,Salience\r\nA,1,2,0.5\r\n", "dir/t.csv");
        var error = SingleError(() => ForecastData.Parse("\uFEFFActor,Capability,Position,Salience\r\n   \r\nA,x,2,0.5\r\n", "t.csv"));

        Assert.Equal("t.csv", data.Title);
        Assert.Equal("issue", Assert.Single(data.Issues).Name);
        Assert.Equal(new InputError(new SourceLocation("t.csv", 3, 3), "expected a number for Capability, got 'x'"), error);
    }

    [Fact]
    public void At_most_twenty_mistakes_are_listed()
    {
        var rows = string.Concat(Enumerable.Range(1, 25).Select(i => $"A{i},x,2,0.5\n"));

        var errors = Assert.Throws<InputException>(() => ForecastData.Parse("Actor,Capability,Position,Salience\n" + rows, "t.csv")).Errors;

        Assert.Equal(20, errors.Count);
        Assert.Equal(21, errors[^1].Location.Line);
    }

    [Fact]
    public void A_ktab_scenario_line_needs_four_cells()
    {
        var error = SingleError(() => ForecastData.Parse("s,d,1\nActor,Description,Power,Pos1,Sal1\n", "k.csv"));

        Assert.Equal(new InputError(new SourceLocation("k.csv", 1, 6), "expected a KTAB scenario line 'name,description,nActors,nDims' (or a BDM header starting with 'Actor')"), error);
    }

    [Fact]
    public void A_ktab_file_needs_at_least_one_dimension()
    {
        var error = SingleError(() => ForecastData.Parse("s,d,1,0\nActor,Description,Power\nA,a,1\n", "k.csv"));

        Assert.Equal(new InputError(new SourceLocation("k.csv", 1, 7), "expected a whole number from 1 to 100 for nDims, got '0'"), error);
    }

    [Fact]
    public void A_dimension_with_an_empty_header_is_named_by_its_number()
    {
        var data = ForecastData.Parse("s,d,2,2\nActor,Description,Power,,Sal1,Pos2,Sal2\nA,a,1,50,50,10,100\nB,b,3,70,20,30,0\n", "k.csv");

        Assert.Equal("s", data.Title);
        Assert.Equal(["Dimension 1", "Pos2"], data.Issues.Select(i => i.Name));
        Assert.Equal(new Model.ExpectedUtility.BdmActor("B", 3, 70, 0.2), data.Issues[0].Actors[1]);
        Assert.Equal(new Model.ExpectedUtility.BdmActor("A", 1, 10, 1), data.Issues[1].Actors[0]);
    }

    [Fact]
    public void Every_ktab_dimension_needs_someone_with_weight()
    {
        var error = SingleError(() => ForecastData.Parse("s,d,2,2\nActor,Description,Power,Pos1,Sal1,Pos2,Sal2\nA,a,1,50,50,10,0\nB,b,3,70,20,30,0\n", "k.csv"));

        Assert.Equal(new InputError(new SourceLocation("k.csv", 4, 1), "every actor has zero capability or zero salience: the weighted mean is undefined"), error);
    }

    [Fact]
    public void A_ktab_actor_listed_twice_is_located_at_the_second()
    {
        var error = SingleError(() => ForecastData.Parse("s,d,2,1\nActor,Description,Power,Pos1,Sal1\nA,a,1,50,50\nA,b,1,50,50\n", "k.csv"));

        Assert.Equal(new InputError(new SourceLocation("k.csv", 4, 1), "actor 'A' is listed twice"), error);
    }

    [Fact]
    public void Tabs_around_cells_are_dropped_like_spaces()
    {
        Assert.Equal([new CsvField("a", 2), new CsvField("b", 5), new CsvField("c", 10)], CsvLine.Split("\ta,\t\"b\"\t,c", "t.csv", 1));
    }
}
