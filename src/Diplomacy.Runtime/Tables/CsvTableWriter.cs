using System.Text;

namespace Diplomacy.Runtime.Tables;

/// <summary>Writes a table as UTF-8 CSV (no byte-order mark, <c>\n</c> line ends) with a header row.</summary>
public sealed class CsvTableWriter<TRow> : ITableWriter<TRow>
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

    public async ValueTask WriteAsync(TRow row, CancellationToken cancellationToken = default)
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

        _line.Append('\n');
        await _writer.WriteAsync(_line, cancellationToken);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
