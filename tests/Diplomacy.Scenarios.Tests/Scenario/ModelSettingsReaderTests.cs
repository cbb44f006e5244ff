using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>The 'models' mapping: each part falls back to its default alone, and a beta must fit its tactic.</summary>
public sealed class ModelSettingsReaderTests : IDisposable
{
    private const string Header = """
        name: models-test
        world: world.yaml
        issues: [territory]
        rounds: 6

        """;

    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ModelSettings Models(string models) => _folder.Load(_folder.Write("m.yaml", Header + "models:\n" + models)).Models;

    private InputError Error(string models) =>
        Assert.Single(Assert.Throws<InputException>(() => _folder.Load(_folder.Write("m.yaml", Header + "models:\n" + models))).Errors);

    [Fact]
    public void Faithful_dynamics_leave_resolve_out_and_resolve_bounded_is_the_default()
    {
        var faithful = Models("  dynamics: faithful\n");
        var bounded = Models("  dynamics: resolve-bounded\n");

        Assert.Equal(ModelSettings.Default with { Dynamics = "faithful" }, faithful);
        Assert.False(faithful.IsResolveBounded);
        Assert.True(bounded.IsResolveBounded);
        Assert.Equal(ModelSettings.Default, bounded);
        Assert.Equal("resolve-bounded", Models("  expected-utility: bdm-scholz\n").Dynamics);
    }

    [Fact]
    public void A_deadline_alone_keeps_the_boulware_tactic()
    {
        Assert.Equal(new ConcessionSettings("boulware", 0.2, 4), Models("  concession: { deadline: 4 }\n").Concession);
        Assert.Equal(ModelSettings.Default.Concession, Models("  concession: {}\n").Concession);
    }

    [Fact]
    public void Each_influence_setting_falls_back_to_its_own_default()
    {
        Assert.Equal(new InfluenceSettings(true, 3), Models("  influence: { steps-per-round: 3 }\n").Influence);
        Assert.Equal(new InfluenceSettings(false, 1), Models("  influence: { enabled: false }\n").Influence);
        Assert.Equal(new InfluenceSettings(true, 100), Models("  influence: { steps-per-round: 100 }\n").Influence);
    }

    [Theory]
    [InlineData("linear", "2", "'beta' 2 does not fit tactic 'linear', which needs a beta of exactly 1; change one of them")]
    [InlineData("linear", "0.5", "'beta' 0.5 does not fit tactic 'linear', which needs a beta of exactly 1; change one of them")]
    [InlineData("conceder", "1", "'beta' 1 does not fit tactic 'conceder', which needs a beta above 1; change one of them")]
    [InlineData("boulware", "1", "'beta' 1 does not fit tactic 'boulware', which needs a beta below 1; change one of them")]
    public void A_beta_that_does_not_fit_its_tactic_is_located_at_the_beta(string tactic, string beta, string message)
    {
        var error = Error($"  concession: {{ tactic: {tactic}, beta: {beta} }}\n");

        Assert.Equal(message, error.Message);
        Assert.Equal((6, 33 + tactic.Length), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_negative_beta_is_refused_and_not_also_taken_for_a_tactic()
    {
        var error = Error("  concession: { tactic: conceder, beta: -1.5 }\n");

        Assert.Equal("'beta' of 'concession' must be above 0; got -1.5", error.Message);
        Assert.Equal((6, 41), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void More_influence_steps_than_the_limit_are_refused()
    {
        var error = Error("  influence: { steps-per-round: 101 }\n");

        Assert.Equal("'steps-per-round' of 'influence' must be between 1 and 100; got 101", error.Message);
    }
}
