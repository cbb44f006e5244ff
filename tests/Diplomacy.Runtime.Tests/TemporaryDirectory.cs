namespace Diplomacy.Runtime.Tests;

/// <summary>A fresh folder for one test's output files, removed with everything in it afterwards.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("diplomacy-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
