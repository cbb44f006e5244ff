using System.Text;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// Writes a table as UTF-8 CSV (no byte-order mark, <c>\n</c> line ends) with a header row. A run
/// writes rows as they come, asynchronously; a forecast writes them all at once, synchronously
/// (<see cref="Write"/>), so that its start-up compiles no async machinery.
/// </summary>
public sealed class CsvTableWriter<TRow> : ITableWriter<TRow>, IDisposable
{
    private readonly TableSchema<TRow> _schema;
    private readonly StreamWriter _writer;
    private readonly StringBuilder _line = new();

    public CsvTableWriter(TableSchema<TRow> schema, Stream stream)
    {
        _schema = schema;
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        _writer.WriteLine(string.Join(',', schema.Columns.Select(c => CsvText.Quote(c.Name))));
    }

    public async ValueTask WriteAsync(TRow row, CancellationToken cancellationToken = default) =>
        await _writer.WriteAsync(Line(row), cancellationToken);

    public void Write(TRow row) => _writer.Write(Line(row));

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    public void Dispose() => _writer.Dispose();

    private StringBuilder Line(TRow row)
    {
        _line.Clear();
        for (var i = 0; i < _schema.Columns.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            _line.Append(CsvText.Format(_schema.Columns[i].Value(row)));
        }

        return _line.Append('\n');
    }
}
