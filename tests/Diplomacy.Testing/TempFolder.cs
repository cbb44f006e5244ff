namespace Diplomacy.Testing;

/// <summary>
/// A fresh folder under the system temp folder, deleted with everything in it on dispose. The one
/// temporary-folder helper of every test project: a test class holds one as a field and
/// implements <see cref="IDisposable"/>, so each test gets its own folder and leaves nothing behind.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "diplomacy-tests-")
    {
        Path = Directory.CreateTempSubdirectory(prefix).FullName;
    }

    public string Path { get; }

    /// <summary>The path of <paramref name="names"/>, joined, inside the folder (nothing is created).</summary>
    public string Sub(params string[] names) => System.IO.Path.Combine([Path, .. names]);

    /// <summary>Writes <paramref name="text"/> to <paramref name="name"/> inside the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Sub(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
