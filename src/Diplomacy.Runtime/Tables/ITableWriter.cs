namespace Diplomacy.Runtime.Tables;

/// <summary>
/// Streams rows of one table to a file. Rows go to disk as they come (Parquet in fixed-size row
/// groups) so that a long run never holds its whole table in memory. Dispose to finish the file.
/// </summary>
public interface ITableWriter<in TRow> : IAsyncDisposable
{
    ValueTask WriteAsync(TRow row, CancellationToken cancellationToken = default);
}
