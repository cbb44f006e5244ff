namespace Diplomacy.Runtime.Output;

/// <summary>
/// Decides whether a folder may receive a command's output. A command writes only into a folder
/// that does not exist, is empty, or holds an earlier output of this tool, recognised by its
/// <c>manifest.json</c> listing the files it wrote; a folder with files added since is replaced
/// only with <c>--force</c>, and any other folder never. The check runs before any work, so a
/// refusal costs nothing and touches nothing.
/// </summary>
public static class OutputFolder
{
    public const string ManifestFile = "manifest.json";

    /// <summary>Entries named in a refusal; the rest are counted.</summary>
    private const int Named = 3;

    /// <summary>A folder with more files than this is not an output of ours, whatever its manifest says.</summary>
    private const int MostFiles = 10_000;

    private const long MostManifestBytes = 1 << 20;

    private static int _probes;

    private static readonly EnumerationOptions Everything = new()
    {
        AttributesToSkip = 0,
        RecurseSubdirectories = true,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    private static readonly EnumerationOptions OneLevel = new() { AttributesToSkip = 0, ReturnSpecialDirectories = false };

    /// <summary>
    /// Checks that <paramref name="directory"/> may receive output (see the class summary) and that
    /// a folder can be made there; returns its full path.
    /// </summary>
    /// <exception cref="OutputFolderException">It may not, with the reason and what to do instead.</exception>
    public static string Check(string directory, bool force)
    {
        var target = FullPath(directory);
        var current = Path.TrimEndingDirectorySeparator(Environment.CurrentDirectory);
        if (current == target || current.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputFolderException($"the output folder '{directory}' is, or holds, the current folder; diplomacy replaces an output folder as a whole, so name a folder outside the one you are in");
        }

        var existing = NearestExisting(directory, target);
        switch (Inspect(target, out var others))
        {
            case OutputFolderState.Foreign:
                throw new OutputFolderException(
                    $"the output folder '{directory}' holds files diplomacy did not write ({Describe(others)}); choose a new or empty folder " +
                    "(diplomacy replaces only a folder it wrote, recognised by its manifest.json" + (force ? ", even with --force)" : ")"));
            case OutputFolderState.EarlierOutputWithOtherFiles when !force:
                throw new OutputFolderException(
                    $"the output folder '{directory}' holds an earlier output of diplomacy and files added since ({Describe(others)}); " +
                    "pass --force to replace the folder, those files with it, or choose another folder");
        }

        Probe(existing, directory);
        return target;
    }

    /// <summary>What <paramref name="target"/> (a full path) holds; <paramref name="others"/> names the entries that make it foreign or added.</summary>
    public static OutputFolderState Inspect(string target, out IReadOnlyList<string> others)
    {
        others = [];
        if (!Directory.Exists(target))
        {
            return OutputFolderState.Missing;
        }

        var entries = Directory.EnumerateFileSystemEntries(target, "*", Everything).Take(MostFiles + 1).ToList();
        if (entries.Count == 0)
        {
            return OutputFolderState.Empty;
        }

        var listed = ListedFiles(target);
        if (listed is null || entries.Count > MostFiles)
        {
            others = [.. entries.Where(e => Path.GetDirectoryName(e) == target).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
            return OutputFolderState.Foreign;
        }

        var added = new List<string>();
        foreach (var entry in entries)
        {
            var relative = Path.GetRelativePath(target, entry).Replace(Path.DirectorySeparatorChar, '/');
            if (File.Exists(entry) && relative != ManifestFile && !listed.Contains(relative))
            {
                added.Add(relative);
            }
        }

        added.Sort(StringComparer.Ordinal);
        others = added;
        return added.Count == 0 ? OutputFolderState.EarlierOutput : OutputFolderState.EarlierOutputWithOtherFiles;
    }

    /// <summary>Every file under <paramref name="folder"/> but <paramref name="except"/>, as relative paths with '/', in ordinal order: what a manifest lists.</summary>
    public static IReadOnlyList<string> ListFiles(string folder, string? except = null)
    {
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", Everything))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative != except)
            {
                files.Add(relative);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The full path without a trailing separator; refuses names that cannot be an output folder.</summary>
    internal static string FullPath(string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new OutputFolderException("the output folder's name is empty; name a folder, for example --out runs/mine");
        }

        string target;
        try
        {
            target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputFolderException($"'{directory}' cannot be an output folder: {e.Message}", e);
        }

        if (Path.GetDirectoryName(target) is null)
        {
            throw new OutputFolderException($"the output folder '{directory}' is the root of the file system; name a folder inside it");
        }

        return target;
    }

    /// <summary>
    /// The nearest folder at or above the target that exists; a file on the way (the target itself,
    /// or a parent) means no folder can be made there.
    /// </summary>
    private static string NearestExisting(string directory, string target)
    {
        for (var path = target; path is not null; path = Path.GetDirectoryName(path))
        {
            if (Directory.Exists(path))
            {
                return path;
            }

            if (File.Exists(path))
            {
                throw new OutputFolderException(path == target
                    ? $"the output folder '{directory}' is a file; name a folder"
                    : $"the output folder '{directory}' cannot be made: '{path}' is a file, not a folder");
            }
        }

        throw new OutputFolderException($"the output folder '{directory}' cannot be made: no part of its path exists");
    }

    /// <summary>Makes and removes a folder where the output will be staged, so that a read-only or full place is refused now, not after the run.</summary>
    private static void Probe(string existing, string directory)
    {
        var probe = Path.Combine(existing, $".diplomacy-probe-{Environment.ProcessId}-{Interlocked.Increment(ref _probes)}");
        try
        {
            Directory.CreateDirectory(probe);
            File.WriteAllBytes(Path.Combine(probe, "probe"), [0]);
            File.Delete(Path.Combine(probe, "probe"));
            Directory.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(probe);
            throw new OutputFolderException($"the output folder '{directory}' cannot be written: {Why(e)} in '{existing}'", e);
        }
    }

    /// <summary>Why a folder or file could not be made, without the path .NET puts in its message (the caller names the place).</summary>
    internal static string Why(Exception e)
    {
        if (e is UnauthorizedAccessException)
        {
            return "permission denied";
        }

        if (e is DirectoryNotFoundException or FileNotFoundException)
        {
            return "no folder can be made";
        }

        var message = e.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        return path > 0 ? message[..path] : message;
    }

    /// <summary>
    /// The files an earlier output's manifest lists, or null when the folder has no manifest of ours.
    /// Read line by line in the layout diplomacy writes (a <c>"files": [</c> line, one name a line,
    /// <c>]</c>) rather than by a JSON parser, which would cost the forecast's start-up more than
    /// its work; a manifest edited into another layout is not recognised, so the folder is refused.
    /// </summary>
    private static HashSet<string>? ListedFiles(string target)
    {
        var manifest = Path.Combine(target, ManifestFile);
        string[] lines;
        try
        {
            var info = new FileInfo(manifest);
            if (!info.Exists || info.Length > MostManifestBytes)
            {
                return null;
            }

            lines = File.ReadAllLines(manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (lines is not ["{", .., "}"])
        {
            return null;
        }

        var start = Array.IndexOf(lines, "  \"files\": [");
        if (start < 0)
        {
            // A run folder written before manifests listed their files: whatever it holds was ours.
            var legacy = lines.Any(l => l.StartsWith("  \"run\": \"", StringComparison.Ordinal))
                && lines.Any(l => l.StartsWith("  \"scenarioSha256\": ", StringComparison.Ordinal))
                && lines.Any(l => l.StartsWith("  \"packages\": {", StringComparison.Ordinal));
            return legacy ? [.. ListFiles(target)] : null;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i].AsSpan().TrimEnd(',');
            if (line is "  ]")
            {
                return listed;
            }

            if (line.Length < 7 || !line.StartsWith("    \"") || line[^1] != '"' || line[5..^1].ContainsAny('"', '\\'))
            {
                return null;
            }

            listed.Add(line[5..^1].ToString());
        }

        return null;
    }

    private static string Describe(IReadOnlyList<string> entries) =>
        entries.Count <= Named
            ? string.Join(", ", entries)
            : $"{string.Join(", ", entries.Take(Named))} and {entries.Count - Named} more";

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                DeleteTree(new DirectoryInfo(folder));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a later run cleans a stale folder of a process that is gone.
        }
    }

    /// <summary>
    /// Deletes a folder and what it holds; a link is removed, never followed. By hand rather than
    /// Directory.Delete(recursive), whose enumerator the forecast's start-up would have to compile.
    /// </summary>
    private static void DeleteTree(DirectoryInfo folder)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos("*", OneLevel))
        {
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                DeleteTree(directory);
            }
            else
            {
                entry.Delete();
            }
        }

        folder.Delete();
    }
}
