using Diplomacy.Experiments.Sweeps;
using Diplomacy.Model.Uncertainty;
using Diplomacy.Runtime.Tests.Fixtures;
using Diplomacy.Scenarios.Parameters;

namespace Diplomacy.Runtime.Tests.Sweeps;

/// <summary>Sweeps over the small scenario built in code: quick enough to run many times in a test.</summary>
internal static class TestSweeps
{
    /// <summary>Russia's seeded territory position at 70 and at 90 (both inside its red line [60, 100]), under uncertainty.</summary>
    public static Sweep TwoSets(int replicates, int seed = 11, string name = "test-sweep", double secondPosition = 90)
    {
        var scenario = TestScenarios.Baseline() with { Uncertainty = UncertaintySpec.FromConfidence };
        var parameter = ParameterPaths.Resolve(scenario, "stances.rus.territory.position", out var error) ?? throw new InvalidOperationException(error);
        ParameterSet[] sets =
        [
            new([new ParameterSetting(parameter, ParameterValue.Of(70))]),
            new([new ParameterSetting(parameter, ParameterValue.Of(secondPosition))]),
        ];
        return new Sweep(name, "", $"{name}.yaml", $"sha-of-{name}-{secondPosition}", scenario, seed, sets, [parameter], ReplicateSeeds.Derived(replicates, seed));
    }
}
