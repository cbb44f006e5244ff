using Diplomacy.Experiments.Synthesis;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// The world and scenario <c>diplomacy synth --actors N --issues 3 --seed 1</c> writes, written to a
/// temporary folder and read back through the scenario loader, as a user's run would read them.
/// </summary>
public static class SyntheticScenarioFile
{
    public const int Issues = 3;

    public static Scenario Load(int actors)
    {
        var folder = Directory.CreateTempSubdirectory("runbench-synth-").FullName;
        try
        {
            var options = new SynthesisOptions(actors, Issues, 1, 1);
            var (world, article) = SyntheticWorld.Generate(options, "synthetic-article.txt");
            File.WriteAllText(Path.Combine(folder, "synthetic-article.txt"), article);
            File.WriteAllText(Path.Combine(folder, "synthetic.world.yaml"), WorldYaml.Write(world, "A SYNTHETIC world for RunBench."));
            File.WriteAllText(Path.Combine(folder, "synthetic.yaml"), SyntheticScenario.Yaml(world, options, "synthetic.world.yaml"));
            return ScenarioLoader.Load(Path.Combine(folder, "synthetic.yaml"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
