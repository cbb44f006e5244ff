using Diplomacy.Runtime.Output;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// Where a sweep writes: <c>DIR.partial</c> while it runs (journal, tables so far, traces), renamed
/// to DIR when everything is written, so a folder under the final name is always a finished
/// sweep. The working folder stays after an interruption: running the same sweep into the same
/// DIR resumes from it. A lock file keeps two processes from writing one sweep. A folder holding
/// another sweep, or a sweep whose files changed, is refused before anything is written.
/// </summary>
public sealed class SweepFolder : IDisposable
{
    public const string PartialSuffix = ".partial";
    public const string ManifestFile = "sweep.json";
    private const string LockFile = "lock";

    private readonly FileStream _lock;

    private SweepFolder(string target, string working, FileStream lockStream, bool resumed)
    {
        Target = target;
        Working = working;
        _lock = lockStream;
        Resumed = resumed;
    }

    /// <summary>The final folder, as a full path.</summary>
    public string Target { get; }

    /// <summary>The working folder, <c>DIR.partial</c>.</summary>
    public string Working { get; }

    /// <summary>True when the working folder held a journal of this sweep: finished runs are kept.</summary>
    public bool Resumed { get; }

    /// <summary>True when DIR already holds this sweep, finished: there is nothing to do.</summary>
    public static bool IsFinished(string directory, SweepIdentity identity, string sweepFile)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var target = Path.GetFullPath(directory);
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return false;
        }

        var earlier = SweepIdentity.Read(Path.Combine(target, ManifestFile))
            ?? throw Refused(sweepFile, $"--out {directory} already exists and holds something other than a sweep; choose another folder");
        return identity.DifferenceFrom(earlier) is { } difference
            ? throw Refused(sweepFile, $"--out {directory} holds a finished sweep, but {difference}; choose another folder, or delete it to run this sweep there")
            : true;
    }

    /// <summary>Opens (or creates) the working folder of the sweep that is to end up in <paramref name="directory"/>.</summary>
    /// <exception cref="InputException">The working folder holds another sweep, or a changed one, or another process is writing it.</exception>
    public static SweepFolder Open(string directory, SweepIdentity identity, string sweepFile)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var working = target + PartialSuffix;
        var header = Path.Combine(working, SweepJournal.FolderName, SweepJournal.HeaderFile);
        var resumed = false;
        if (Directory.Exists(working) && File.Exists(header))
        {
            var earlier = SweepIdentity.Read(header)
                ?? throw Refused(sweepFile, $"{working} holds an unfinished sweep whose journal cannot be read; delete the folder to start again");
            if (identity.DifferenceFrom(earlier) is { } difference)
            {
                throw Refused(sweepFile, $"{working} holds an unfinished sweep, but {difference}: undo the change to resume it, or delete that folder to start again");
            }

            resumed = true;
        }

        Directory.CreateDirectory(working);
        FileStream lockStream;
        try
        {
            lockStream = new FileStream(Path.Combine(working, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw Refused(sweepFile, $"another diplomacy sweep is writing {working}; wait for it to finish");
        }

        return new SweepFolder(target, working, lockStream, resumed);
    }

    /// <summary>Removes the journal and the lock and renames the working folder to its final name.</summary>
    /// <exception cref="OutputFolderException">Files appeared in the final folder while the sweep ran: they are left alone, and so is the working folder (rerunning publishes it once they are moved).</exception>
    public void Publish()
    {
        // The final folder was absent or empty when the sweep began (a finished copy of this sweep
        // means there was nothing to do; anything else is refused): whatever is in it now was put
        // there since, by someone else, and is never deleted.
        if (Directory.Exists(Target) && Directory.EnumerateFileSystemEntries(Target).Any())
        {
            throw new OutputFolderException($"files appeared in {Target} while the sweep ran; they were left as they are, and the finished sweep waits in {Working} (move them away and run the sweep again to publish it)");
        }

        SweepJournal.Delete(Working);
        _lock.Dispose();
        File.Delete(Path.Combine(Working, LockFile));
        if (Directory.Exists(Target))
        {
            Directory.Delete(Target);
        }

        Directory.Move(Working, Target);
    }

    /// <summary>Lets go of the lock; the working folder stays, to be resumed.</summary>
    public void Dispose() => _lock.Dispose();

    private static InputException Refused(string sweepFile, string message) =>
        new(new InputError(new SourceLocation(sweepFile, 1, 1), message));
}
