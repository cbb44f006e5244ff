using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

/// <summary>BDM 1994's EC car-emissions example: the published figures (MODELS.md §1).</summary>
public sealed class EuExampleTests
{
    private static readonly BdmSnapshot Start = new(BdmData.Actors("eu-emissions"));

    [Fact]
    public void Round_zero_has_median_7_and_mean_7_38996()
    {
        Assert.Equal(7, ExpectedUtilityModel.Median(Start));
        Assert.Equal(7.38996, ExpectedUtilityModel.Mean(Start), 5e-6);
    }

    [Theory]
    [InlineData("Denmark", -0.83, 0.25)]
    [InlineData("UK", -0.65, 0.25)]
    [InlineData("Germany", -0.45, 0.25)]
    [InlineData("Netherlands", -0.45, 0.25)]
    [InlineData("France", -0.1, 0.25)]
    [InlineData("Italy", -0.1, 0.25)]
    [InlineData("Luxembourg", 0.6, 0.25)]
    public void Round_one_reproduces_the_chart_for_Belgium(string other, double belgiumChallenges, double otherChallenges)
    {
        var names = Start.Actors.Select(a => a.Name).ToList();
        var risk = ExpectedUtilityModel.AssessRisk(Start);

        var (eij, eji) = ExpectedUtilityModel.Evaluate(Start, risk, names.IndexOf("Belgium"), names.IndexOf(other));

        Assert.Equal(belgiumChallenges, eij, 0.05);
        Assert.Equal(otherChallenges, eji, 0.05);
    }

    [Fact]
    public void Round_one_moves_are_the_replications()
    {
        var round = ExpectedUtilityModel.PlayRound(Start);
        var names = Start.Actors.Select(a => a.Name).ToList();
        var moved = round.Moves.Where(m => m.Kind != MoveKind.None)
            .Select(m => (names[m.Actor], m.Kind, names[m.Target]))
            .ToList();

        Assert.Equal(
            [("Belgium", MoveKind.Compromise, "France"), ("Luxembourg", MoveKind.Confront, "Belgium"), ("Ireland", MoveKind.Confront, "Luxembourg")],
            moved);
        Assert.Equal(8.415932315426764, round.Positions[names.IndexOf("Belgium")]);
    }
}
