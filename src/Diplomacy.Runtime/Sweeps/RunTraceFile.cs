using System.Text;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// One sweep run's trace.jsonl, byte for byte what <c>diplomacy run</c> writes, kept in
/// <c>traces/NNNNNN.jsonl</c>. Written under a temporary name and renamed when the run is done,
/// so a trace under its final name is always whole.
/// </summary>
internal sealed class RunTraceFile : ITraceSink, IAsyncDisposable
{
    public const string FolderName = "traces";
    private const string Unfinished = ".tmp";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _path;
    private readonly StreamWriter _writer;
    private bool _completed;

    private RunTraceFile(string path)
    {
        _path = path;
        _writer = new StreamWriter(path + Unfinished, append: false, Utf8) { NewLine = "\n" };
    }

    public static string PathOf(string workingFolder, int run) =>
        Path.Combine(workingFolder, FolderName, run.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + ".jsonl");

    public static RunTraceFile Create(string workingFolder, int run)
    {
        Directory.CreateDirectory(Path.Combine(workingFolder, FolderName));
        return new RunTraceFile(PathOf(workingFolder, run));
    }

    /// <summary>Removes traces a killed process left half written.</summary>
    public static void RemoveUnfinished(string workingFolder)
    {
        var folder = Path.Combine(workingFolder, FolderName);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*" + Unfinished))
            {
                File.Delete(file);
            }
        }
    }

    public async ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken) =>
        await _writer.WriteAsync((TraceJson.ToLine(traceEvent) + "\n").AsMemory(), cancellationToken);

    public ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async Task CompleteAsync()
    {
        await _writer.DisposeAsync();
        File.Move(_path + Unfinished, _path, overwrite: true);
        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        if (!_completed)
        {
            File.Delete(_path + Unfinished);
        }
    }
}
