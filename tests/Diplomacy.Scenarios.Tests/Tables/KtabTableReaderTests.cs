using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Scenarios.Tests.Tables;

public sealed class KtabTableReaderTests
{
    [Fact]
    public void Reads_the_SOE_file_with_padded_numbers_and_trailing_commas()
    {
        var data = ForecastData.Read(RepositoryData.PathOf("ktab/SOE-Pol-Comp.csv"));

        Assert.Equal("China Policy/Competitive; scen 2", data.Title);
        Assert.Equal(["Policy Position", "Competitive Position"], data.Issues.Select(i => i.Name));
        Assert.All(data.Issues, i => Assert.Equal(13, i.Actors.Count));
        Assert.Equal(new Model.ExpectedUtility.BdmActor("XJ", 100.0, 30, 0.24), data.Issues[0].Actors[0]);
        Assert.Equal(new Model.ExpectedUtility.BdmActor("WY", 40.0, 60, 0.46), data.Issues[1].Actors[^1]);
    }

    [Fact]
    public void Reads_both_dummy_files_alike_with_or_without_a_final_comma()
    {
        var with = ForecastData.Read(RepositoryData.PathOf("ktab/dummyData_3Dim.csv"));
        var without = ForecastData.Read(RepositoryData.PathOf("ktab/dummyData_3Dim-no-final-comma.csv"));

        Assert.Equal(3, with.Issues.Count);
        Assert.Equal(["Pstn1", "Pstn2", "Pstn3"], with.Issues.Select(i => i.Name));
        for (var d = 0; d < 3; d++)
        {
            Assert.Equal(with.Issues[d].Actors, without.Issues[d].Actors);
        }

        Assert.Equal(new Model.ExpectedUtility.BdmActor("SActor-02", 129.643, 0.07, 34.62 / 100), with.Issues[2].Actors[2]);
    }

    [Theory]
    [InlineData("s,d,2,1\nActor,Description,Power,Pos1,Sal1\nA,a,1,50,50\n", 1, 5, "line 1 announces 2 actors, but the file has 1 actor rows")]
    [InlineData("s,d,1,1\nActor,Description,Power,Pos1,Sal1\nA,a,1,50,50\nB,b,1,50,50\n", 4, 1, "line 1 announces 1 actors, but the file has 2 actor rows")]
    [InlineData("s,d,x,1\nActor,Description,Power,Pos1,Sal1\n", 1, 5, "expected a whole number from 1 to 1,000 for nActors, got 'x'")]
    [InlineData("s,d,1,2\nActor,Description,Power,Pos1,Sal1\nA,a,1,50,50\n", 2, 34, "expected 7 header cells (Actor, Description, Power, then a position and a salience for each of 2 dimensions), got 5")]
    [InlineData("s,d,1,1\nActor,Description,Influence,Pos1,Sal1\nA,a,1,50,150\n", 3, 10, "Sal1 must be between 0 and 100, got 150")]
    [InlineData("s,d,1,1\nActor,Description,Influence,Pos1,Sal1\nA,a, x ,50,50\n", 3, 6, "expected a number for Influence, got 'x'")]
    [InlineData("s,d,1,1\nActor,Description,Power,Pos1,Sal1\nA,a,1,50\n", 3, 9, "expected 5 cells (Actor, Description, Power and 1 position/salience pairs), got 4")]
    [InlineData("just one line\n", 2, 1, "expected a BDM table (header 'Actor,Capability,Position,Salience') or a KTAB file (scenario line, then header)")]
    public void Locates_each_mistake(string text, int line, int column, string message)
    {
        var error = Assert.Single(Assert.Throws<InputException>(() => ForecastData.Parse(text, "k.csv")).Errors);

        Assert.Equal(new InputError(new SourceLocation("k.csv", line, column), message), error);
    }
}
