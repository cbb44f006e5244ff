using Parquet;
using Parquet.Schema;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// Writes a table as Parquet with the same columns as the CSV. Rows are buffered and written in
/// row groups of exactly <see cref="RowGroupSize"/> rows (the last may be shorter), Snappy
/// compressed, so the same rows always give the same bytes.
/// </summary>
public sealed class ParquetTableWriter<TRow> : ITableWriter<TRow>
{
    /// <summary>Large enough for readers to scan efficiently, small enough to keep memory bounded on long runs.</summary>
    public const int RowGroupSize = 65_536;

    private readonly TableSchema<TRow> _schema;
    private readonly DataField[] _fields;
    private readonly Stream _stream;
    private readonly List<TRow> _buffer = [];

    // Opened with the first row group: Parquet.Net opens files asynchronously, and a synchronous
    // constructor keeps the CSV and Parquet writers interchangeable.
    private ParquetWriter? _writer;

    public ParquetTableWriter(TableSchema<TRow> schema, Stream stream)
    {
        _schema = schema;
        _fields = schema.Columns.Select(ToField).ToArray();
        _stream = stream;
    }

    public async ValueTask WriteAsync(TRow row, CancellationToken cancellationToken = default)
    {
        _buffer.Add(row);
        if (_buffer.Count == RowGroupSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A file with no rows still gets one empty row group so that readers see the columns' types.
        if (_buffer.Count > 0 || _writer is null)
        {
            await FlushAsync(CancellationToken.None);
        }

        await _writer!.DisposeAsync();
        await _stream.DisposeAsync();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(
            new ParquetSchema(_fields), _stream, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }, append: false, cancellationToken);
        using (var group = _writer.CreateRowGroup())
        {
            for (var i = 0; i < _fields.Length; i++)
            {
                await WriteColumnAsync(group, _fields[i], _schema.Columns[i], cancellationToken);
            }
        }

        _buffer.Clear();
    }

    private Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, TableColumn<TRow> column, CancellationToken cancellationToken) =>
        (column.Type, column.Nullable) switch
        {
            (ColumnType.Text, _) => group.WriteAsync(field, TextValues(column)),
            (ColumnType.Int32, false) => group.WriteAsync(field, Values<int>(column), cancellationToken: cancellationToken),
            (ColumnType.Int32, true) => group.WriteAsync(field, NullableValues<int>(column), cancellationToken: cancellationToken),
            (ColumnType.Int64, false) => group.WriteAsync(field, Values<long>(column), cancellationToken: cancellationToken),
            (ColumnType.Int64, true) => group.WriteAsync(field, NullableValues<long>(column), cancellationToken: cancellationToken),
            (ColumnType.Double, false) => group.WriteAsync(field, Values<double>(column), cancellationToken: cancellationToken),
            (ColumnType.Double, true) => group.WriteAsync(field, NullableValues<double>(column), cancellationToken: cancellationToken),
            _ => throw new InvalidOperationException($"column '{column.Name}' has an unknown type {column.Type}"),
        };

    // Parquet.Net takes nulls inside the string collection for a nullable field; its signature just does not say so.
    private string[] TextValues(TableColumn<TRow> column) => _buffer.Select(r => (string)column.Value(r)!).ToArray();

    private ReadOnlyMemory<T> Values<T>(TableColumn<TRow> column)
        where T : struct => _buffer.Select(r => (T)column.Value(r)!).ToArray();

    private ReadOnlyMemory<T?> NullableValues<T>(TableColumn<TRow> column)
        where T : struct => _buffer.Select(r => (T?)column.Value(r)).ToArray();

    private static DataField ToField(TableColumn<TRow> column)
    {
        var type = column.Type switch
        {
            ColumnType.Text => typeof(string),
            ColumnType.Int32 => typeof(int),
            ColumnType.Int64 => typeof(long),
            ColumnType.Double => typeof(double),
            _ => throw new InvalidOperationException($"column '{column.Name}' has an unknown type {column.Type}"),
        };
        return new DataField(column.Name, type, isNullable: column.Nullable);
    }
}
