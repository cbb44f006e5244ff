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
    [InlineData(ExpectedUtilityVariant.Bdm, BdmVariant.Paper)]
    [InlineData(ExpectedUtilityVariant.BdmScholz, BdmVariant.Scholz)]
    public async Task A_sitting_equals_the_pure_models_whole_round_bit_for_bit(ExpectedUtilityVariant variant, BdmVariant modelVariant)
    {
        var runKey = $"forum-equals-model-{variant}";
        var grains = await Task.WhenAll(Members.Select(m => TestGrains.SetUpAsync(fixture.Client, runKey, m)));
        string[] issues = [TestScenarios.Ceasefire, TestScenarios.Territory];

        var outcome = await Sit(runKey, variant, issues);

        var stored = await Task.WhenAll(grains.Select(g => g.GetSnapshot(TestGrains.Epoch)));
        foreach (var issue in issues)
        {
            var expected = ExpectedUtilityModel.PlayRound(new BdmSnapshot(ModelActors(issue), new BdmOptions(modelVariant)));
            var moves = outcome.Moves.Where(m => m.Issue == issue).ToList();
            Assert.Equal(Members, moves.Select(m => m.Actor));
            Assert.Equal(Bits(expected.Positions.Where((_, seat) => RedLine(seat, issue) is null)), Bits(moves.Where((_, seat) => RedLine(seat, issue) is null).Select(m => m.After)));
            Assert.Equal(Bits(expected.Positions.Select((p, seat) => RedLine(seat, issue)?.Clamp(p) ?? p)), Bits(moves.Select(m => m.After)));
            Assert.Equal(Bits(expected.RiskExponents), Bits(moves.Select(m => m.RiskExponent)));
            Assert.Equal(expected.Moves.Select(m => m.Kind.ToString()), moves.Select(m => m.Kind.ToString()));
            Assert.Equal(Bits(moves.Select(m => m.After)), Bits(stored.Select(s => s.Find(issue)!.Position)));
        }

        Assert.Contains(outcome.Moves, m => m.After != m.Before);
    }

    [Fact]
    public async Task A_move_toward_a_position_past_the_members_red_line_stops_at_the_line()
    {
        const string runKey = "forum-red-line";
        await Task.WhenAll(Members.Select(m => TestGrains.SetUpAsync(fixture.Client, runKey, m)));

        var outcome = await Sit(runKey, ExpectedUtilityVariant.Bdm, [TestScenarios.Territory]);

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
    public async Task The_range_is_fixed_at_the_first_sitting_and_a_later_sitting_measures_against_it()
    {
        const string runKey = "forum-range";
        await Task.WhenAll(Members.Select(m => TestGrains.SetUpAsync(fixture.Client, runKey, m)));

        var first = await Sit(runKey, ExpectedUtilityVariant.Bdm, [TestScenarios.Territory]);
        var firstRange = Assert.Single(first.Ranges);
        var positions = first.Moves.Select(m => m.After).ToList();
        var second = await Sit(runKey, ExpectedUtilityVariant.Bdm, [TestScenarios.Territory], first.Ranges);

        Assert.Equal(new IssueRange(TestScenarios.Territory, 100), firstRange);
        Assert.Equal(first.Ranges, second.Ranges);
        var actors = ModelActors(TestScenarios.Territory).Select((a, seat) => a with { Position = positions[seat] }).ToList();
        var expected = ExpectedUtilityModel.PlayRound(new BdmSnapshot(actors, firstRange.Range, new BdmOptions(BdmVariant.Paper)));
        Assert.Equal(Bits(expected.RiskExponents), Bits(second.Moves.Select(m => m.RiskExponent)));
    }

    [Fact]
    public async Task A_sitting_from_an_older_epoch_is_refused_by_its_members_and_moves_no_one()
    {
        const string runKey = "forum-stale";
        var grains = await Task.WhenAll(Members.Select(m => TestGrains.SetUpAsync(fixture.Client, runKey, m, epoch: 2)));

        await Assert.ThrowsAsync<EpochRefusedException>(() => Sit(runKey, ExpectedUtilityVariant.Bdm, [TestScenarios.Territory]));

        var stored = await Task.WhenAll(grains.Select(g => g.GetSnapshot(2)));
        Assert.Equal(Members.Select(m => TestScenarios.World.FindStance(m, TestScenarios.Territory)!.Position), stored.Select(s => s.Find(TestScenarios.Territory)!.Position));
    }

    [Fact]
    public async Task Members_without_a_stance_on_the_issue_sit_out_of_it()
    {
        const string runKey = "forum-too-few";
        await TestGrains.SetUpAsync(fixture.Client, runKey, "trump");

        var outcome = await fixture.Client.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, "alone"))
            .Sit(new ForumSitting(TestGrains.Epoch, 1, ExpectedUtilityVariant.Bdm, ["trump"], [TestScenarios.Ceasefire], []));

        Assert.Empty(outcome.Moves);
    }

    private Task<ForumOutcome> Sit(string runKey, ExpectedUtilityVariant variant, IReadOnlyList<string> issues, IReadOnlyList<IssueRange>? ranges = null) =>
        fixture.Client.GetGrain<IForumGrain>(GrainKeys.Forum(runKey, "talks"))
            .Sit(new ForumSitting(TestGrains.Epoch, 1, variant, Members, issues, ranges ?? []));

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
