using System.Buffers.Binary;
using System.Text;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// The sweep's memory of finished runs, in run order, in <c>journal/</c> of the working folder:
/// <c>header.json</c> (the <see cref="SweepIdentity"/>), <c>positions.bin</c> (each run's
/// <see cref="SweepSeries"/> block, little-endian doubles, fixed size) and <c>runs.jsonl</c> (one
/// <see cref="SweepRecord"/> line per run). A run is committed by its line, written after its
/// block: on opening, a torn or missing tail (a process killed mid-write) is cut back to the last
/// whole run, and that run and the ones after it are simply run again. Everything the tables and
/// aggregates hold is made from here, so a resumed sweep writes the same bytes as one never stopped.
/// </summary>
public sealed class SweepJournal : IDisposable
{
    public const string FolderName = "journal";
    public const string HeaderFile = "header.json";
    private const string RunsFile = "runs.jsonl";
    private const string PositionsFile = "positions.bin";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _folder;
    private readonly int _blockLength;
    private readonly FileStream _runs;
    private readonly FileStream _positions;

    private SweepJournal(string folder, int blockLength, int completed)
    {
        _folder = folder;
        _blockLength = blockLength;
        Completed = completed;
        _runs = new FileStream(Path.Combine(folder, RunsFile), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        _positions = new FileStream(Path.Combine(folder, PositionsFile), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        _runs.Seek(0, SeekOrigin.End);
        _positions.Seek(0, SeekOrigin.End);
    }

    /// <summary>Runs committed so far: runs 1 to <see cref="Completed"/> are in the journal.</summary>
    public int Completed { get; private set; }

    private int BlockBytes => _blockLength * sizeof(double);

    /// <summary>Opens the journal in <paramref name="workingFolder"/>, creating it with <paramref name="identity"/> when new, and cuts back a torn tail.</summary>
    public static SweepJournal Open(string workingFolder, SweepIdentity identity, int blockLength)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var folder = Path.Combine(workingFolder, FolderName);
        Directory.CreateDirectory(folder);
        var header = Path.Combine(folder, HeaderFile);
        if (!File.Exists(header))
        {
            // Written under another name and renamed, so a header is never half there.
            File.WriteAllText(header + ".new", identity.ToJson() + "\n", Utf8);
            File.Move(header + ".new", header, overwrite: true);
        }

        return new SweepJournal(folder, blockLength, Repair(folder, blockLength));
    }

    /// <summary>Commits one run: its block, then its line, each flushed to the operating system (a killed process loses nothing committed).</summary>
    public void Append(SweepRecord record, double[] block)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(block);
        if (record.Run.Number != Completed + 1 || block.Length != _blockLength)
        {
            throw new InvalidOperationException($"the journal expects run {Completed + 1} with {_blockLength} positions; got run {record.Run.Number} with {block.Length}");
        }

        var bytes = new byte[BlockBytes];
        for (var i = 0; i < block.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)), block[i]);
        }

        _positions.Write(bytes);
        _positions.Flush();
        _runs.Write(Utf8.GetBytes(record.ToJsonLine() + "\n"));
        _runs.Flush();
        Completed++;
    }

    /// <summary>The committed runs' records from <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive), in run order, without their blocks.</summary>
    public IEnumerable<SweepRecord> Records(int first, int last)
    {
        last = Math.Min(last, Completed);
        using var lines = new StreamReader(new FileStream(Path.Combine(_folder, RunsFile), FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Utf8);
        for (var run = 1; run <= last; run++)
        {
            var line = lines.ReadLine()!;
            if (run >= first)
            {
                yield return SweepRecord.Parse(line);
            }
        }
    }

    /// <summary>
    /// The committed runs from <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive),
    /// with their blocks, in run order. The block array is reused: it holds a run's positions only
    /// until the next run is read.
    /// </summary>
    public IEnumerable<(SweepRecord Record, double[] Block)> Read(int first, int last)
    {
        last = Math.Min(last, Completed);
        if (first > last)
        {
            yield break;
        }

        using var positions = new FileStream(Path.Combine(_folder, PositionsFile), FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        positions.Seek((long)(first - 1) * BlockBytes, SeekOrigin.Begin);
        // One buffer for every block: a reader keeps the values it needs, never the array.
        var bytes = new byte[BlockBytes];
        var block = new double[_blockLength];
        foreach (var record in Records(first, last))
        {
            positions.ReadExactly(bytes);
            for (var i = 0; i < block.Length; i++)
            {
                block[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)));
            }

            yield return (record, block);
        }
    }

    public void Dispose()
    {
        _runs.Dispose();
        _positions.Dispose();
    }

    /// <summary>Deletes the journal, once the tables and aggregates it fed are written.</summary>
    public static void Delete(string workingFolder) => Directory.Delete(Path.Combine(workingFolder, FolderName), recursive: true);

    /// <summary>Counts the whole runs (a parsable line numbered in order, with its block) and cuts both files back to them.</summary>
    private static int Repair(string folder, int blockLength)
    {
        var runsPath = Path.Combine(folder, RunsFile);
        var positionsPath = Path.Combine(folder, PositionsFile);
        var blockBytes = (long)blockLength * sizeof(double);
        var blocks = File.Exists(positionsPath) ? new FileInfo(positionsPath).Length / blockBytes : 0;
        var good = 0;
        long goodBytes = 0;
        if (File.Exists(runsPath))
        {
            var length = new FileInfo(runsPath).Length;
            using var lines = new StreamReader(runsPath, Utf8);
            while (good < blocks && lines.ReadLine() is { } line)
            {
                // A last line without its newline was cut short by a kill: it does not count.
                var end = goodBytes + Utf8.GetByteCount(line) + 1;
                if (end > length || !IsRecord(line, good + 1))
                {
                    break;
                }

                good++;
                goodBytes = end;
            }
        }

        using (var runs = new FileStream(runsPath, FileMode.OpenOrCreate, FileAccess.Write))
        {
            runs.SetLength(goodBytes);
        }

        using (var positions = new FileStream(positionsPath, FileMode.OpenOrCreate, FileAccess.Write))
        {
            positions.SetLength(good * blockBytes);
        }

        return good;
    }

    private static bool IsRecord(string line, int expectedRun)
    {
        try
        {
            return SweepRecord.Parse(line).Run.Number == expectedRun;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }
}
