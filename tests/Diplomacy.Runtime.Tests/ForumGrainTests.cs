using Diplomacy.Contracts;
using Diplomacy.Contracts.Messages;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests;

[Collection(OneSiloCollection.Name)]
public sealed class ForumGrainTests(OneSiloCluster fixture)
{
    private static readonly string[] Members = ["usa", "trump", "rubio", "rus", "putin", "ukr", "zelensky", "eu"];

    [Theory]
    [InlineData("bdm", BdmVariant.Paper)]
    [InlineData("bdm-scholz", BdmVariant.Scholz)]
    public async Task A_sitting_equals_the_pure_models_whole_round_bit_for_bit(string variant, BdmVariant modelVariant)
    {
        var runKey = $"forum-equals-model-{variant}";
        var grains = await Task.WhenAll(Members.Select(m => TestGrains.SetUpAsync(fixture.Client, runKey, m)));
        string[] issues = [TestScenarios.Ceasefire, TestScenarios.Territory];

        var outcome = await Sit(runKey, variant, new StepStamp(1, 1), issues);

        var stored = await Task.WhenAll(grains.Select(g => g.GetSnapshot()));
        foreach (var issue in issues)
        {
            var expected = ExpectedUtilityModel.PlayRound(new BdmSnapshot(ModelActors(issue), new BdmOptions(modelVariant)));
            var moves = outcome.Moves.Where(m => m.Issue == issue).ToList();
            Assert.Equal(Members, moves.Select(m => m.Actor));
            Assert.Equal(Bits(expected.Positions.Where((_, seat) => RedLine(seat, issue) is null)), Bits(moves.Where((_, seat) => RedLine(seat, issue) is null).Select(m => m.After)));
            Assert.Equal(Bits(expected.Positions.Select((p, seat) => RedLine(seat, issue)?.Clamp(p) ?? p)), Bits(moves.Select(m => m.After)));
            Assert.Equal(Bits(expected.RiskExponents), Bits(moves.Select(m => m.RiskExponent)));
            Assert.Equal(expected.Moves.Select(m => m.Kind.ToString().ToLowerInvariant()), moves.Select(m => m.Kind));
            Assert.Equal(Bits(moves.Select(m => m.After)), Bits(stored.Select(s => s.Find(issue)!.Position)));
        }

        Assert.Contains(outcome.Moves, m => m.After != m.Before);
    }

    [Fact]
    public async Task A_move_toward_a_position_past_the_members_red_line_stops_at_the_line()
    {
        const string runKey = "forum-red-line";
        await Task.WhenAll(Members.Select(m => TestGrains.SetUpAsync(fixture.Client, runKey, m)));

        var outcome = await Sit(runKey, "bdm", new StepStamp(1, 1), [TestScenarios.Territory]);

        var expected = ExpectedUtilityModel.PlayRound(new BdmSnapshot(ModelActors(TestScenarios.Territory), new BdmOptions(BdmVariant.Paper)));
        var held = outcome.Moves.Select((move, seat) => (Move: move, Seat: seat)).Where(x => x.Move.BeyondRedLine is not null).ToList();
        Assert.NotEmpty(held);
        foreach (var (move, seat) in held)
        {
            var line = RedLine(seat, TestScenarios.Territory)!;
            Assert.False(line.Allows(expected.Positions[seat]));
            Assert.Equal(expected.Positions[seat], move.BeyondRedLine);
            Assert.Equal(line.Clamp(expected.Positions[seat]), move.After);
            Assert.True(move.After == line.Minimum || move.After == line.Maximum);
        }

        Assert.All(outcome.Moves.Where(m => m.BeyondRedLine is null), m => Assert.Equal(expected.Positions[Array.IndexOf(Members, m.Actor)], m.After));
    }

    [Fact]
    public async Task A_retried_sitting_returns_the_same_outcome_and_moves_no_one_twice()
    {
        const string runKey = "forum-retried";
        var grains = await Task.WhenAll(Members.Select(m => TestGrains.SetUpAsync(fixture.Client, runKey, m)));

        var first = await Sit(runKey, "bdm", new StepStamp(1, 1), [TestScenarios.Territory]);
        var retried = await Sit(runKey, "bdm", new StepStamp(1, 1), [TestScenarios.Territory]);

        Assert.Equal(first.Moves, retried.Moves);
        var stored = await Task.WhenAll(grains.Select(g => g.GetSnapshot()));
        Assert.Equal(first.Moves.Select(m => m.After), stored.Select(s => s.Find(TestScenarios.Territory)!.Position));
    }

    [Fact]
    public async Task Members_without_a_stance_on_the_issue_sit_out_of_it()
    {
        const string runKey = "forum-too-few";
        await TestGrains.SetUpAsync(fixture.Client, runKey, "trump");

        var outcome = await fixture.Client.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, "alone"))
            .Sit(new ForumSitting(new StepStamp(1, 1), "bdm", [TestGrains.SeatOf("trump")], [TestScenarios.Ceasefire]));

        Assert.Empty(outcome.Moves);
    }

    private Task<ForumOutcome> Sit(string runKey, string variant, StepStamp stamp, IReadOnlyList<string> issues) =>
        fixture.Client.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, "talks"))
            .Sit(new ForumSitting(stamp, variant, [.. Members.Select(TestGrains.SeatOf)], issues));

    private static List<BdmActor> ModelActors(string issue) =>
        [.. Members.Select(m =>
        {
            var actor = TestScenarios.World.FindActor(m)!;
            var stance = TestScenarios.World.FindStance(m, issue)!;
            return new BdmActor(m, actor.Capability, stance.Position, stance.Salience);
        })];

    private static Model.World.RedLine? RedLine(int seat, string issue) => TestScenarios.World.FindStance(Members[seat], issue)!.RedLine;

    private static long[] Bits(IEnumerable<double> values) => [.. values.Select(BitConverter.DoubleToInt64Bits)];
}
