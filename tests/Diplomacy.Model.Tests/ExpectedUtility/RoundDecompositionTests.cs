using Diplomacy.Model.ExpectedUtility;

namespace Diplomacy.Model.Tests.ExpectedUtility;

/// <summary>
/// The steps a forum distributes (risk, each actor's choice, moving; or the round prepared once and
/// each seat's choice from its share) give the same bits as the whole round, and all agree with the
/// direct O(n⁵) transcription of MODELS.md.
/// </summary>
public sealed class RoundDecompositionTests
{
    public static TheoryData<BdmVariant, int> Cases => new()
    {
        { BdmVariant.Scholz, 1 }, { BdmVariant.Scholz, 2 }, { BdmVariant.Scholz, 3 },
        { BdmVariant.Paper, 1 }, { BdmVariant.Paper, 2 }, { BdmVariant.Paper, 3 },
    };

    public static TheoryData<BdmVariant, int, VoteSummation> CasesBySummation => new()
    {
        { BdmVariant.Scholz, 1, VoteSummation.InputOrder }, { BdmVariant.Scholz, 2, VoteSummation.Sorted },
        { BdmVariant.Scholz, 3, VoteSummation.Sorted }, { BdmVariant.Scholz, 3, VoteSummation.InputOrder },
        { BdmVariant.Paper, 1, VoteSummation.Sorted }, { BdmVariant.Paper, 2, VoteSummation.InputOrder },
        { BdmVariant.Paper, 3, VoteSummation.Sorted },
    };

    [Theory]
    [MemberData(nameof(CasesBySummation))]
    public void Risk_then_each_actor_then_moves_equals_the_whole_round_bit_for_bit(BdmVariant variant, int seed, VoteSummation summation)
    {
        var random = new Random(seed);
        var snapshot = new BdmSnapshot(BdmData.Random(random, 9, integerPositions: seed == 3), new BdmOptions(variant, summation));

        for (var round = 0; round < 6; round++)
        {
            var whole = ExpectedUtilityModel.PlayRound(snapshot);

            var risk = ExpectedUtilityModel.AssessRisk(snapshot);
            var moves = Enumerable.Range(0, snapshot.Count).Select(i => ExpectedUtilityModel.ChooseMove(snapshot, risk, i)).ToList();
            var next = ExpectedUtilityModel.ApplyMoves(snapshot, moves);

            Assert.Equal(whole.RiskExponents, risk.Exponents);
            Assert.Equal(whole.Moves, moves);
            Assert.Equal(whole.Positions, next.Actors.Select(a => a.Position));
            snapshot = next;
        }
    }

    /// <summary>
    /// From 64 distinct positions the whole round adds votes in hardware vectors; each actor's own
    /// step adds them one by one. Both, and both thread counts, give the same bits.
    /// </summary>
    [Theory]
    [InlineData(VoteSummation.InputOrder, 1)]
    [InlineData(VoteSummation.InputOrder, 2)]
    [InlineData(VoteSummation.Sorted, 2)]
    public void A_table_wide_enough_for_vectors_gives_the_same_bits_step_by_step(VoteSummation summation, int threads)
    {
        var snapshot = new BdmSnapshot(BdmData.Random(new Random(70), 70), new BdmOptions(BdmVariant.Scholz, summation, threads));

        var whole = ExpectedUtilityModel.PlayRound(snapshot);
        var risk = ExpectedUtilityModel.AssessRisk(snapshot);
        var moves = Enumerable.Range(0, snapshot.Count).Select(i => ExpectedUtilityModel.ChooseMove(snapshot, risk, i)).ToList();

        Assert.Equal(whole.RiskExponents, risk.Exponents);
        Assert.Equal(whole.Moves, moves);
        Assert.Contains(moves, m => m.Kind != MoveKind.None);
    }

    [Theory]
    [MemberData(nameof(CasesBySummation))]
    public void A_round_prepared_once_then_chosen_seat_by_seat_equals_the_whole_round_bit_for_bit(BdmVariant variant, int seed, VoteSummation summation)
    {
        var random = new Random(50 + seed);
        var snapshot = new BdmSnapshot(BdmData.Random(random, 11, integerPositions: seed == 3), new BdmOptions(variant, summation));

        for (var round = 0; round < 6; round++)
        {
            var whole = ExpectedUtilityModel.PlayRound(snapshot);

            var prepared = ExpectedUtilityModel.PrepareRound(snapshot);
            var moves = Enumerable.Range(0, snapshot.Count).Select(i => ExpectedUtilityModel.ChooseMove(prepared.Seat(i))).ToList();

            Assert.Equal(whole.RiskExponents, prepared.Risk.Exponents);
            Assert.Equal(whole.Moves, moves);
            Assert.Equal(whole.Positions, ExpectedUtilityModel.ApplyMoves(snapshot, moves).Actors.Select(a => a.Position));
            snapshot = snapshot.WithPositions(whole.Positions);
        }
    }

    [Fact]
    public void A_seat_rebuilt_from_copies_of_its_arrays_chooses_the_same_move_as_across_a_process_boundary()
    {
        var snapshot = new BdmSnapshot(BdmData.Random(new Random(9), 10), new BdmOptions(BdmVariant.Paper));
        var prepared = ExpectedUtilityModel.PrepareRound(snapshot);

        for (var i = 0; i < snapshot.Count; i++)
        {
            var seat = prepared.Seat(i);
            var copy = new BdmSeatRound(
                i, [.. seat.Positions], [.. seat.Saliences], [.. seat.Slots], seat.Range, seat.Variant, seat.Exponent, seat.CanMove, [.. seat.Outward], [.. seat.Inward]);

            Assert.Equal(ExpectedUtilityModel.ChooseMove(seat), ExpectedUtilityModel.ChooseMove(copy));
        }
    }

    [Fact]
    public void When_everyone_stands_together_every_seat_stays()
    {
        var snapshot = new BdmSnapshot([new("a", 1, 50, 0.5), new("b", 2, 50, 0.9), new("c", 1, 50, 0.1)]);

        var prepared = ExpectedUtilityModel.PrepareRound(snapshot);

        Assert.False(prepared.CanMove);
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(BdmMove.Stay(i, 50), ExpectedUtilityModel.ChooseMove(prepared.Seat(i))));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_whole_round_equals_the_direct_transcription_bit_for_bit(BdmVariant variant, int seed)
    {
        var random = new Random(100 + seed);
        var actors = BdmData.Random(random, 8, integerPositions: seed == 3);
        var snapshot = new BdmSnapshot(actors, new BdmOptions(variant, VoteSummation.InputOrder));
        var capabilities = actors.Select(a => a.Capability).ToArray();
        var saliences = actors.Select(a => a.Salience).ToArray();

        for (var round = 0; round < 4; round++)
        {
            var fast = ExpectedUtilityModel.PlayRound(snapshot);
            var (positions, exponents) = DirectTranscription.PlayRound(
                capabilities, saliences, [.. snapshot.Actors.Select(a => a.Position)], snapshot.Range, variant);

            Assert.Equal(exponents.Select(r => Math.Clamp(r, 0.5, 2.0)), fast.RiskExponents);
            Assert.Equal(positions, fast.Positions);
            snapshot = snapshot.WithPositions(fast.Positions);
        }
    }

    [Fact]
    public void Sorted_and_input_order_vote_totals_agree_to_rounding()
    {
        var actors = BdmData.Random(new Random(7), 40);
        var exact = ExpectedUtilityModel.Forecast(actors, 8, new BdmOptions(Summation: VoteSummation.InputOrder));
        var sorted = ExpectedUtilityModel.Forecast(actors, 8, new BdmOptions(Summation: VoteSummation.Sorted));

        for (var round = 0; round < exact.Count; round++)
        {
            for (var i = 0; i < actors.Count; i++)
            {
                Assert.Equal(exact[round].Positions[i], sorted[round].Positions[i], 1e-9);
                Assert.Equal(exact[round].RiskExponents[i], sorted[round].RiskExponents[i], 1e-9);
            }
        }
    }
}
