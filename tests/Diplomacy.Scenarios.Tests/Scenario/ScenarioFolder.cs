using Diplomacy.Model.World;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>A temporary folder holding a placeholder world file and the scenarios a test writes.</summary>
internal sealed class ScenarioFolder : IDisposable
{
    public ScenarioFolder()
    {
        Path = Directory.CreateTempSubdirectory("diplomacy-scenario-").FullName;
        File.WriteAllText(System.IO.Path.Combine(Path, "world.yaml"), "# read by TestWorld, not from disk\n");
    }

    public string Path { get; }

    public SeedWorld World { get; } = TestWorld.Create();

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public Diplomacy.Scenarios.Scenario.Scenario Load(string path) => ScenarioLoader.Load(path, _ => World);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
