using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Tests.Tables;

internal static class TableFiles
{
    public static async Task<string> WriteAsync<TRow>(TableSchema<TRow> schema, TableFormat format, string directory, IEnumerable<TRow> rows)
    {
        await using (var writer = TableWriter.Create(schema, format, directory))
        {
            foreach (var row in rows)
            {
                await writer.WriteAsync(row);
            }
        }

        return Path.Combine(directory, TableWriter.FileName(schema.Name, format));
    }
}
