using Diplomacy.Experiments.Sweeps;
using Diplomacy.Model.Uncertainty;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Experiments.Tests.Sweeps;

public sealed class SweepFileReaderTests : IDisposable
{
    private readonly TempFolder _folder = new("diplomacy-sweep-file-");

    public void Dispose() => _folder.Dispose();

    private string Header => $"name: test-sweep\nscenario: {ShippedFiles.Baseline}\n";

    private Sweep Load(string body) => SweepFileReader.Load(_folder.Write("sweep.yaml", Header + body));

    private IReadOnlyList<InputError> Errors(string body)
    {
        var path = _folder.Write("sweep.yaml", Header + body);
        return Assert.Throws<InputException>(() => SweepFileReader.Load(path)).Errors;
    }

    [Fact]
    public void A_sweep_with_only_a_scenario_is_one_run_of_the_scenario_as_written()
    {
        var sweep = Load("");

        Assert.Equal(1, sweep.RunCount);
        Assert.Equal("(the scenario as written)", Assert.Single(sweep.Sets).Label);
        Assert.Empty(sweep.Paths);
        Assert.Null(sweep.Scenario.Uncertainty);
        Assert.Equal(new SweepRun(1, 1, 1, ReplicateSeeds.Derive(0, 1)), sweep.RunAt(1));
    }

    [Fact]
    public void Sets_cross_the_grid_in_file_order_last_key_fastest_and_replicates_run_innermost()
    {
        var sweep = Load("""
            seed: 5
            sets:
              - { models.concession.tactic: boulware }
              - { models.concession.tactic: conceder }
            grid:
              actors.russia.capability: [5, 20]
              stances.putin.territory.position: { from: 0, to: 1, step: 0.5 }
            replicates: 3
            """);

        Assert.Equal(2 * 2 * 3, sweep.Sets.Count);
        Assert.Equal(36, sweep.RunCount);
        Assert.Equal(["models.concession.tactic", "actors.russia.capability", "stances.putin.territory.position"], sweep.Paths.Select(p => p.Path));
        Assert.Equal("models.concession.tactic=boulware, actors.russia.capability=5, stances.putin.territory.position=0", sweep.Sets[0].Label);
        Assert.Equal("models.concession.tactic=boulware, actors.russia.capability=5, stances.putin.territory.position=0.5", sweep.Sets[1].Label);
        Assert.Equal("models.concession.tactic=conceder, actors.russia.capability=20, stances.putin.territory.position=1", sweep.Sets[11].Label);
        Assert.Equal(new SweepRun(5, 2, 2, ReplicateSeeds.Derive(5, 2)), sweep.RunAt(5));
        Assert.Equal(sweep.RunAt(2).Seed, sweep.RunAt(35).Seed);
    }

    [Fact]
    public void Replicate_seeds_derive_from_the_sweep_seed_by_the_documented_rule_or_are_listed()
    {
        // From an independent implementation of the rule in docs/sweep-format.md.
        Assert.Equal(1164645619, ReplicateSeeds.Derive(2025, 0));
        Assert.Equal(1292937763, ReplicateSeeds.Derive(2025, 1));
        Assert.NotEqual(ReplicateSeeds.Derive(2025, 1), ReplicateSeeds.Derive(2026, 1));

        Assert.Equal([11, 12, 13], Enumerable.Range(1, 3).Select(Load("replicates: { seeds: { from: 11, to: 13 } }").Replicates.SeedOf));
        Assert.Equal([4, 2], Enumerable.Range(1, 2).Select(Load("replicates: { seeds: [4, 2] }").Replicates.SeedOf));
        Assert.Equal(7, Load("replicates: { count: 7 }").RunCount);
    }

    [Fact]
    public void The_sweeps_uncertainty_replaces_the_scenarios_and_reruns_carry_it_as_settings()
    {
        var sweep = Load("uncertainty: { from-confidence: { assumed: 15 } }\n");

        Assert.Equal(UncertaintySpec.FromConfidence with { Assumed = 15 }, sweep.Scenario.Uncertainty);
        Assert.Equal(["uncertainty.stated=2", "uncertainty.implied=5", "uncertainty.assumed=15"], sweep.UncertaintySettings);
        Assert.Empty(Load("uncertainty: none\n").UncertaintySettings);
    }

    [Fact]
    public void Every_mistake_is_reported_at_its_place_in_one_go()
    {
        var errors = Errors("""
            seed: -3
            grid:
              actors.rusia.capability: [1, 2]
              stances.putin.territory.position: [20, 120]
              models.concession.beta: []
            sets:
              - { actors.russia.susceptibility: high }
            replicates: { count: 2, seeds: [1] }
            colour: blue
            """);

        var file = _folder.Sub("sweep.yaml");
        Assert.Equal(
            string.Join('\n', new[]
            {
                $"{file}:3:7: error: 'seed' of the sweep must be of at least 0; got -3",
                $"{file}:5:3: error: unknown parameter path 'actors.rusia.capability': the world has no actor 'rusia' (did you mean 'russia'?)",
                $"{file}:6:42: error: stances.putin.territory.position must be between 0 and 100; got 120",
                $"{file}:7:27: error: 'models.concession.beta' in 'grid' must list at least one value",
                $"{file}:9:37: error: actors.russia.susceptibility must be a number between 0 and 1; got the word 'high'",
                $"{file}:10:13: error: 'replicates' gives either 'count' (seeds derived from the sweep's seed) or 'seeds' (a list, or {{ from, to }})",
                $"{file}:11:1: error: unknown key 'colour' in the sweep; allowed keys: name, description, scenario, seed, uncertainty, grid, sets, replicates",
            }),
            string.Join('\n', errors.Select(e => e.ToString())));
    }

    [Fact]
    public void A_sweep_past_the_stated_maximum_run_count_is_refused_with_both_factors()
    {
        var error = Assert.Single(Errors("""
            grid:
              actors.russia.capability: { from: 0, to: 100, step: 1 }
              actors.ukraine.capability: { from: 0, to: 9, step: 1 }
            replicates: 100
            """));

        Assert.Equal("this sweep would make 101,000 runs (1,010 parameter sets × 100 replicates); a sweep makes at most 100,000: split it into several sweeps", error.Message);
        Assert.Equal(6, error.Location.Line);
    }

    [Fact]
    public void A_missing_scenario_a_tag_and_a_grid_given_twice_are_located()
    {
        var path = _folder.Write("broken.yaml", "name: broken\nscenario: nowhere.yaml\n");
        var missing = Assert.Single(Assert.Throws<InputException>(() => SweepFileReader.Load(path)).Errors);
        Assert.StartsWith($"{path}:2:11: error: scenario file not found: ", missing.ToString(), StringComparison.Ordinal);

        Assert.Contains(Errors("description: !!python/object x\n"), e => e.Message.Contains("YAML tags are not allowed", StringComparison.Ordinal));
        Assert.Contains(
            Errors("sets: [{ actors.russia.capability: 3 }]\ngrid: { actors.russia.capability: [1, 2] }\n"),
            e => e.Message == "'actors.russia.capability' is given in 'grid' and in 'sets'; give each parameter in one of them");
    }
}
