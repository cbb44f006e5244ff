using System.Globalization;
using Diplomacy.Runtime.Tables;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Tables;
using Parquet;
using Parquet.Schema;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>One row of a table read back: its cells as text (numbers in shortest round-trip form, null when empty), looked up by column name.</summary>
public sealed class TableRecord(IReadOnlyDictionary<string, int> columns, string?[] cells)
{
    public string? this[string column] => columns.TryGetValue(column, out var i) && i < cells.Length ? cells[i] : null;

    public int Int(string column) => int.Parse(this[column]!, NumberStyles.Integer, CultureInfo.InvariantCulture);

    public int? OptionalInt(string column) => this[column] is { Length: > 0 } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    public double? OptionalDouble(string column) => this[column] is { Length: > 0 } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;
}

/// <summary>
/// Reads a table a sweep wrote, CSV or Parquet (whichever the folder holds), row by row: Parquet a
/// row group at a time, so reading a large sweep's tables keeps memory flat as writing them did.
/// </summary>
public static class SweepTableReader
{
    /// <summary>True when <paramref name="folder"/> is a finished sweep (it holds sweep.json).</summary>
    public static bool IsSweep(string folder) => File.Exists(Path.Combine(folder, SweepFolder.ManifestFile));

    /// <summary>The column names of a table, in order.</summary>
    public static async Task<IReadOnlyList<string>> ColumnsAsync(string folder, string table)
    {
        await foreach (var (columns, _) in ReadRawAsync(folder, table, headerOnly: true))
        {
            return columns;
        }

        return [];
    }

    public static async IAsyncEnumerable<TableRecord> ReadAsync(string folder, string table)
    {
        Dictionary<string, int>? index = null;
        await foreach (var (columns, cells) in ReadRawAsync(folder, table, headerOnly: false))
        {
            index ??= columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
            yield return new TableRecord(index, cells!);
        }
    }

    private static async IAsyncEnumerable<(IReadOnlyList<string> Columns, string?[]? Cells)> ReadRawAsync(string folder, string table, bool headerOnly)
    {
        var csv = Path.Combine(folder, TableWriter.FileName(table, TableFormat.Csv));
        var parquet = Path.Combine(folder, TableWriter.FileName(table, TableFormat.Parquet));
        if (File.Exists(csv))
        {
            using var reader = new StreamReader(csv);
            var header = await reader.ReadLineAsync() ?? throw Missing(folder, table, "it is empty");
            var columns = CsvLine.Split(header, csv, 1).Select(f => f.Text).ToList();
            if (headerOnly)
            {
                yield return (columns, null);
                yield break;
            }

            var number = 1;
            while (await reader.ReadLineAsync() is { } line)
            {
                number++;
                var cells = CsvLine.Split(line, csv, number).Select(f => f.Text.Length == 0 ? null : f.Text).ToArray();
                yield return (columns, cells);
            }
        }
        else if (File.Exists(parquet))
        {
            await using var stream = File.OpenRead(parquet);
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            var columns = fields.Select(f => f.Name).ToList();
            if (headerOnly)
            {
                yield return (columns, null);
                yield break;
            }

            for (var group = 0; group < reader.RowGroupCount; group++)
            {
                using var rows = reader.OpenRowGroupReader(group);
                var data = new Array[fields.Length];
                for (var i = 0; i < fields.Length; i++)
                {
                    data[i] = await ReadColumnAsync(rows, fields[i]);
                }

                for (var row = 0; row < rows.RowCount; row++)
                {
                    yield return (columns, data.Select(column => Text(column.GetValue(row))).ToArray());
                }
            }
        }
        else
        {
            throw Missing(folder, table, $"neither {Path.GetFileName(csv)} nor {Path.GetFileName(parquet)} is there");
        }
    }

    /// <summary>One column of a row group, in the CLR type the writer gave it (see <see cref="ColumnType"/>).</summary>
    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField field)
    {
        var count = (int)group.RowCount;
        switch (field.ClrType, field.IsNullable)
        {
            case (var type, _) when type == typeof(string) || type == typeof(ReadOnlyMemory<char>):
                var texts = new string?[count];
                await group.ReadAsync(field, texts.AsMemory());
                return texts;
            case (var type, false) when type == typeof(int):
                return await Values<int>(group, field, count);
            case (var type, true) when type == typeof(int):
                return await NullableValues<int>(group, field, count);
            case (var type, false) when type == typeof(long):
                return await Values<long>(group, field, count);
            case (var type, true) when type == typeof(long):
                return await NullableValues<long>(group, field, count);
            case (var type, false) when type == typeof(double):
                return await Values<double>(group, field, count);
            case (var type, true) when type == typeof(double):
                return await NullableValues<double>(group, field, count);
            default:
                throw new InvalidDataException($"column '{field.Name}' has a type this reader does not know: {field.ClrType.Name}");
        }
    }

    private static async Task<T[]> Values<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = new T[count];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    private static async Task<T?[]> NullableValues<T>(ParquetRowGroupReader group, DataField field, int count)
        where T : struct
    {
        var values = new T?[count];
        await group.ReadAsync(field, values.AsMemory());
        return values;
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        double number => CsvText.FormatNumber(number),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static InputException Missing(string folder, string table, string why) =>
        new(new InputError(new SourceLocation(folder, 1, 1), $"this sweep folder has no readable {table} table: {why}"));
}
