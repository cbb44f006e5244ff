using System.Text;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// A run's output folder, staged (<see cref="StagingFolder"/>): written into <c>DIR.tmp-PID</c>, renamed to
/// DIR only when the run completes, so a failed run leaves no output folder that looks finished.
/// The stances and trace tables are CSV or Parquet (docs/trace-schema.md); trace.jsonl is always written.
/// </summary>
public sealed class RunFolder : ITraceSink, IAsyncDisposable
{
    public const string TraceFile = "trace.jsonl";
    public const string StancesFile = "stances.csv";
    public const string TraceTableFile = "trace.csv";
    public const string ManifestFile = OutputFolder.ManifestFile;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StagingFolder _folder;
    private readonly StreamWriter _trace;
    private readonly ITableWriter<StanceRow> _stances;
    private readonly ITableWriter<TraceEvent> _traceTable;
    private bool _closed;

    private RunFolder(StagingFolder folder, TableFormat format)
    {
        _folder = folder;
        _trace = Open(TraceFile);
        _stances = TableWriter.Create(StancesTable.Schema, format, folder.Working);
        _traceTable = TableWriter.Create(TraceTable.Schema, format, folder.Working);
    }

    public string Path => _folder.Target;

    public static RunFolder Create(string directory, TableFormat format = TableFormat.Csv) =>
        new(StagingFolder.Create(directory), format);

    public async ValueTask WriteEventAsync(TraceEvent traceEvent, CancellationToken cancellationToken)
    {
        await _trace.WriteAsync((TraceJson.ToLine(traceEvent) + "\n").AsMemory(), cancellationToken);
        await _traceTable.WriteAsync(traceEvent, cancellationToken);
    }

    public async ValueTask WriteStancesAsync(IReadOnlyList<StanceRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            await _stances.WriteAsync(row, cancellationToken);
        }
    }

    /// <summary>Where the files are written until the run completes; extra files go here too.</summary>
    public string WorkingDirectory => _folder.Working;

    /// <summary>
    /// Writes the manifest, listing every file of the folder so that a later run recognises it as
    /// ours, and moves the folder into place, replacing an earlier run's folder.
    /// </summary>
    public async Task CompleteAsync(RunManifest manifest, CancellationToken cancellationToken)
    {
        await CloseAsync();
        var files = _folder.Files().Append(ManifestFile).Order(StringComparer.Ordinal).ToList();
        await File.WriteAllTextAsync(System.IO.Path.Combine(_folder.Working, ManifestFile), (manifest with { Files = files }).ToJson() + "\n", Utf8, cancellationToken);
        _folder.Publish();
    }

    /// <summary>Without <see cref="CompleteAsync"/> first, the partial output is deleted, even when closing its files fails (a full disk).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The run has already failed (or is failing) for the same reason; the files go anyway.
        }
        finally
        {
            _folder.Dispose();
        }
    }

    private StreamWriter Open(string name)
    {
        return new StreamWriter(System.IO.Path.Combine(_folder.Working, name), append: false, Utf8) { NewLine = "\n" };
    }

    private async Task CloseAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await _trace.DisposeAsync();
        await _stances.DisposeAsync();
        await _traceTable.DisposeAsync();
    }
}
