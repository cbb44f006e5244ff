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

    public static ITableWriter<TRow> Create<TRow>(TableSchema<TRow> schema, TableFormat format, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName(schema.Name, format));
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        return format switch
        {
            TableFormat.Csv => new CsvTableWriter<TRow>(schema, stream),
            TableFormat.Parquet => new ParquetTableWriter<TRow>(schema, stream),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown table format"),
        };
    }
}
