using System.Text;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// A run's output folder. Files are written into <c>DIR.tmp-PID</c> and the folder is renamed to
/// DIR only when the run completes, so a failed run leaves no output folder that looks finished.
/// The stances and trace tables are CSV or Parquet (docs/trace-schema.md); trace.jsonl is always written.
/// </summary>
public sealed class RunFolder : ITraceSink, IAsyncDisposable
{
    public const string TraceFile = "trace.jsonl";
    public const string StancesFile = "stances.csv";
    public const string TraceTableFile = "trace.csv";
    public const string ManifestFile = "manifest.json";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _target;
    private readonly string _temporary;
    private readonly StreamWriter _trace;
    private readonly ITableWriter<StanceRow> _stances;
    private readonly ITableWriter<TraceEvent> _traceTable;
    private bool _closed;

    private RunFolder(string target, string temporary, TableFormat format)
    {
        _target = target;
        _temporary = temporary;
        _trace = Open(TraceFile);
        _stances = TableWriter.Create(StancesTable.Schema, format, temporary);
        _traceTable = TableWriter.Create(TraceTable.Schema, format, temporary);
    }

    public string Path => _target;

    public static RunFolder Create(string directory, TableFormat format = TableFormat.Csv)
    {
        var target = System.IO.Path.GetFullPath(directory);
        var temporary = $"{target.TrimEnd(System.IO.Path.DirectorySeparatorChar)}.tmp-{Environment.ProcessId}";
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        Directory.CreateDirectory(temporary);
        return new RunFolder(target, temporary, format);
    }

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

    /// <summary>Writes the manifest and moves the folder into place, replacing an earlier run's folder.</summary>
    /// <summary>Where the files are written until the run completes; extra files go here too.</summary>
    public string WorkingDirectory => _temporary;

    public async Task CompleteAsync(RunManifest manifest, CancellationToken cancellationToken)
    {
        await CloseAsync();
        await File.WriteAllTextAsync(System.IO.Path.Combine(_temporary, ManifestFile), manifest.ToJson() + "\n", Utf8, cancellationToken);
        if (Directory.Exists(_target))
        {
            Directory.Delete(_target, recursive: true);
        }

        var parent = System.IO.Path.GetDirectoryName(_target);
        if (!string.IsNullOrEmpty(parent))
        {
            Directory.CreateDirectory(parent);
        }

        Directory.Move(_temporary, _target);
    }

    /// <summary>Without <see cref="CompleteAsync"/> first, the partial output is deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (Directory.Exists(_temporary))
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }

    private StreamWriter Open(string name)
    {
        return new StreamWriter(System.IO.Path.Combine(_temporary, name), append: false, Utf8) { NewLine = "\n" };
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
