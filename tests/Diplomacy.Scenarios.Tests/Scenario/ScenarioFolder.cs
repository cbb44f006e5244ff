using Diplomacy.Model.World;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>A temporary folder holding a placeholder world file and the scenarios a test writes.</summary>
internal sealed class ScenarioFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    public ScenarioFolder()
    {
        _folder.Write("world.yaml", "# read by TestWorld, not from disk\n");
    }

    public string Path => _folder.Path;

    public SeedWorld World { get; } = TestWorld.Create();

    public string Write(string name, string text) => _folder.Write(name, text);

    public Diplomacy.Scenarios.Scenario.Scenario Load(string path) => ScenarioLoader.Load(path, _ => World);

    public void Dispose() => _folder.Dispose();
}
