using System.Globalization;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// A folder written under a temporary name (<c>DIR.tmp-PID</c>) and renamed to DIR only when
/// everything in it is written, so that a folder under its final name is always complete and a
/// failure leaves nothing behind that looks finished. Only a folder <see cref="OutputFolder"/>
/// accepts is replaced, and the earlier folder is moved aside (<c>DIR.old-PID</c>) before the new
/// one takes its name, so that no moment has neither. Staging folders of processes that died
/// (killed, or the machine went down) are removed the next time the same folder is written.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    /// <summary>Marks a folder as a staging folder of ours, so that cleaning never removes a user's folder that happens to share the name.</summary>
    public const string Marker = ".diplomacy-staging";

    private const string StagingSuffix = ".tmp-";
    private const string AsideSuffix = ".old-";

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

    /// <summary>
    /// Starts staging <paramref name="directory"/>. Refuses (before writing anything) a folder that is
    /// not ours; whether an earlier output with added files may be replaced is the caller's check
    /// (<see cref="OutputFolder.Check"/> with --force).
    /// </summary>
    /// <exception cref="OutputFolderException">The folder holds files diplomacy did not write, or is a file.</exception>
    public static StagingFolder Create(string directory)
    {
        var target = OutputFolder.FullPath(directory);
        RefuseForeign(target, directory);
        CleanStale(target);
        var working = target + StagingSuffix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        OutputFolder.TryDelete(working);
        Directory.CreateDirectory(working);
        File.WriteAllText(Path.Combine(working, Marker), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return new StagingFolder(target, working);
    }

    /// <summary>The files written so far, as a manifest lists them.</summary>
    public IReadOnlyList<string> Files() => OutputFolder.ListFiles(Working, except: Marker);

    /// <summary>Moves the folder into place, replacing an earlier output of this tool or an empty folder.</summary>
    public void Publish()
    {
        // Checked again: something may have appeared under the name while the run was going.
        RefuseForeign(Target, Target);
        Directory.CreateDirectory(Path.GetDirectoryName(Target)!);
        File.Delete(Path.Combine(Working, Marker));
        if (!Directory.Exists(Target))
        {
            Directory.Move(Working, Target);
            _published = true;
            return;
        }

        var aside = Target + AsideSuffix + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        OutputFolder.TryDelete(aside);
        Directory.Move(Target, aside);
        try
        {
            Directory.Move(Working, Target);
        }
        catch (Exception) when (!Directory.Exists(Target))
        {
            Directory.Move(aside, Target);
            throw;
        }

        _published = true;
        OutputFolder.TryDelete(aside);
    }

    /// <summary>Without <see cref="Publish"/> first, the partial output is deleted.</summary>
    public void Dispose()
    {
        if (!_published)
        {
            OutputFolder.TryDelete(Working);
        }
    }

    private static void RefuseForeign(string target, string directory)
    {
        if (File.Exists(target))
        {
            throw new OutputFolderException($"the output folder '{directory}' is a file; name a folder");
        }

        if (OutputFolder.Inspect(target, out _) == OutputFolderState.Foreign)
        {
            throw new OutputFolderException($"the output folder '{directory}' holds files diplomacy did not write; it is left as it is");
        }
    }

    /// <summary>Removes <c>DIR.tmp-PID</c> and <c>DIR.old-PID</c> folders of ours whose process is gone.</summary>
    private static void CleanStale(string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var suffix = Path.GetFileName(folder.AsSpan());
            if (!suffix.StartsWith(name, StringComparison.Ordinal))
            {
                continue;
            }

            suffix = suffix[name.Length..];
            var isStaging = suffix.StartsWith(StagingSuffix, StringComparison.Ordinal);
            if ((!isStaging && !suffix.StartsWith(AsideSuffix, StringComparison.Ordinal))
                || !int.TryParse(suffix[StagingSuffix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || IsRunning(pid))
            {
                continue;
            }

            // A staging folder carries our marker; a folder moved aside was an output of ours when it was moved.
            var ours = isStaging
                ? File.Exists(Path.Combine(folder, Marker))
                : OutputFolder.Inspect(folder, out _) is OutputFolderState.EarlierOutput or OutputFolderState.EarlierOutputWithOtherFiles;
            if (ours)
            {
                OutputFolder.TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            // This process's own folders belong to a run still going (tests run several at once).
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid}");
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
