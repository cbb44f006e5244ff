using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

/// <summary>Properties that hold for any table; random tables from fixed seeds.</summary>
public sealed class BdmPropertyTests
{
    public static TheoryData<BdmVariant, int, int> Tables => new()
    {
        { BdmVariant.Scholz, 11, 5 }, { BdmVariant.Scholz, 12, 17 }, { BdmVariant.Scholz, 13, 60 },
        { BdmVariant.Paper, 21, 5 }, { BdmVariant.Paper, 22, 17 }, { BdmVariant.Paper, 23, 60 },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Positions_stay_within_the_initial_range_and_exponents_within_half_and_two(BdmVariant variant, int seed, int count)
    {
        var actors = BdmData.Random(new Random(seed), count, integerPositions: seed % 2 == 0);
        var low = actors.Min(a => a.Position);
        var high = actors.Max(a => a.Position);

        foreach (var round in ExpectedUtilityModel.Forecast(actors, 8, new BdmOptions(variant)))
        {
            Assert.All(round.Positions, p => Assert.InRange(p, low, high));
            Assert.All(round.RiskExponents, r => Assert.InRange(r, 0.5, 2.0));
            Assert.InRange(round.Median, low, high);
            Assert.InRange(round.Mean, low, high);
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Results_do_not_depend_on_the_thread_count(BdmVariant variant, int seed, int count)
    {
        var actors = BdmData.Random(new Random(seed), count);

        var one = ExpectedUtilityModel.Forecast(actors, 4, new BdmOptions(variant, VoteSummation.Sorted, MaxDegreeOfParallelism: 1));
        var four = ExpectedUtilityModel.Forecast(actors, 4, new BdmOptions(variant, VoteSummation.Sorted, MaxDegreeOfParallelism: 4));

        for (var round = 0; round < one.Count; round++)
        {
            Assert.Equal(one[round].Positions, four[round].Positions);
            Assert.Equal(one[round].RiskExponents, four[round].RiskExponents);
            Assert.Equal(one[round].Moves, four[round].Moves);
        }
    }

    [Fact]
    public void Only_the_paper_variant_capitulates()
    {
        var capitulations = new Dictionary<BdmVariant, int> { [BdmVariant.Scholz] = 0, [BdmVariant.Paper] = 0 };
        for (var seed = 0; seed < 12; seed++)
        {
            var actors = BdmData.Random(new Random(seed), 12, integerPositions: true);
            foreach (var variant in capitulations.Keys.ToList())
            {
                capitulations[variant] += ExpectedUtilityModel.Forecast(actors, 4, new BdmOptions(variant))
                    .Sum(r => r.Moves.Count(m => m.Kind == MoveKind.Capitulate));
            }
        }

        Assert.Equal(0, capitulations[BdmVariant.Scholz]);
        Assert.True(capitulations[BdmVariant.Paper] > 0, "some random table should make an actor capitulate in the paper variant");
    }

    [Fact]
    public void The_paper_probabilities_of_a_pair_add_up_to_one()
    {
        var probabilities = new Probabilities(BdmVariant.Paper, double.NaN);

        Assert.Equal(1.0, probabilities.Of(0.3, 0.1) + probabilities.Of(0.1, 0.3), 1e-15);
        Assert.Equal(0.5, probabilities.Of(0, 0));
    }

    [Fact]
    public void Nothing_moves_when_everyone_agrees()
    {
        var actors = new[] { new BdmActor("a", 1, 5, 0.5), new BdmActor("b", 2, 5, 0.9) };

        var round = ExpectedUtilityModel.PlayRound(new BdmSnapshot(actors));

        Assert.Equal([5.0, 5.0], round.Positions);
        Assert.Equal([1.0, 1.0], round.RiskExponents);
        Assert.All(round.Moves, m => Assert.Equal(MoveKind.None, m.Kind));
        Assert.Equal(5, round.Median);
    }
}
