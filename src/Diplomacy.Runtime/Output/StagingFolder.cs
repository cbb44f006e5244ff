namespace Diplomacy.Runtime.Output;

/// <summary>
/// A folder written under a temporary name (<c>DIR.tmp-PID</c>) and renamed to DIR only when
/// everything in it is written, so that a folder under its final name is always complete and a
/// failure leaves nothing behind that looks finished.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private bool _published;

    private StagingFolder(string target, string working)
    {
        Target = target;
        Working = working;
    }

    /// <summary>The final folder, as a full path.</summary>
    public string Target { get; }

    /// <summary>Where files are written until <see cref="Publish"/>.</summary>
    public string Working { get; }

    public static StagingFolder Create(string directory)
    {
        var target = Path.GetFullPath(directory);
        var working = $"{target.TrimEnd(Path.DirectorySeparatorChar)}.tmp-{Environment.ProcessId}";
        if (Directory.Exists(working))
        {
            Directory.Delete(working, recursive: true);
        }

        Directory.CreateDirectory(working);
        return new StagingFolder(target, working);
    }

    /// <summary>Moves the folder into place, replacing an earlier folder of the same name.</summary>
    public void Publish()
    {
        if (Directory.Exists(Target))
        {
            Directory.Delete(Target, recursive: true);
        }

        var parent = Path.GetDirectoryName(Target);
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }

        Directory.Move(Working, Target);
        _published = true;
    }

    /// <summary>Without <see cref="Publish"/> first, the partial output is deleted.</summary>
    public void Dispose()
    {
        if (!_published && Directory.Exists(Working))
        {
            Directory.Delete(Working, recursive: true);
        }
    }
}
