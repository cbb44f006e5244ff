namespace Diplomacy.Runtime.Tables;

/// <summary>Opens the writer for a table in the chosen format, in a folder, named after the table.</summary>
public static class TableWriter
{
    public static string FileName(string table, TableFormat format) => format switch
    {
        TableFormat.Csv => table + ".csv",
        TableFormat.Parquet => table + ".parquet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown table format"),
    };

    public static async Task<ITableWriter<TRow>> CreateAsync<TRow>(
        TableSchema<TRow> schema, TableFormat format, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(schema.Name, format));
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        try
        {
            return format switch
            {
                TableFormat.Csv => new CsvTableWriter<TRow>(schema, stream),
                TableFormat.Parquet => await ParquetTableWriter<TRow>.CreateAsync(schema, stream, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown table format"),
            };
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }
}
