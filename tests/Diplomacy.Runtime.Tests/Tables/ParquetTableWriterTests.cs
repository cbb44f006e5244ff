using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Tables;
using Parquet;
using Parquet.Schema;

using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests.Tables;

public sealed class ParquetTableWriterTests : IDisposable
{
    private readonly TempFolder _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public async Task Stances_read_back_with_the_same_columns_and_values()
    {
        var path = await TableFiles.WriteAsync(StancesTable.Schema, TableFormat.Parquet, _temporary.Path, SampleRows.Stances);

        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(StancesTable.Schema.Columns.Select(c => c.Name), fields.Select(f => f.Name));

        using var group = reader.OpenRowGroupReader(0);
        var count = (int)group.RowCount;
        var actors = new string?[count];
        var positions = new double[count];
        var rounds = new int[count];
        await group.ReadAsync(fields[3], actors.AsMemory());
        await group.ReadAsync(fields[5], positions.AsMemory());
        await group.ReadAsync(fields[2], rounds.AsMemory());

        Assert.Equal(SampleRows.Stances.Select(s => s.Actor), actors);
        Assert.Equal(SampleRows.Stances.Select(s => s.Position), positions);
        Assert.Equal(SampleRows.Stances.Select(s => s.Round), rounds);
    }

    [Fact]
    public async Task Trace_keeps_nulls_in_nullable_columns()
    {
        var path = await TableFiles.WriteAsync(TraceTable.Schema, TableFormat.Parquet, _temporary.Path, SampleRows.Trace);

        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        using var group = reader.OpenRowGroupReader(0);
        var utilities = new double?[group.RowCount];
        var decisions = new string?[group.RowCount];
        var seqs = new long[group.RowCount];
        await group.ReadAsync(Field(fields, "utility"), utilities.AsMemory());
        await group.ReadAsync(Field(fields, "decision"), decisions.AsMemory());
        await group.ReadAsync(Field(fields, "seq"), seqs.AsMemory());

        Assert.Equal(SampleRows.Trace.Select(t => t.Utility), utilities);
        Assert.Equal(SampleRows.Trace.Select(Diplomacy.Runtime.Results.TraceProse.Decision), decisions);
        Assert.Equal(SampleRows.Trace.Select(t => t.Seq), seqs);
        Assert.All(TraceTable.Schema.Columns, c => Assert.Equal(c.Nullable, Field(fields, c.Name).IsNullable));
    }

    [Fact]
    public async Task Writing_the_same_rows_twice_gives_the_same_bytes()
    {
        var first = await TableFiles.WriteAsync(TraceTable.Schema, TableFormat.Parquet, Path.Combine(_temporary.Path, "a"), SampleRows.Trace);
        var second = await TableFiles.WriteAsync(TraceTable.Schema, TableFormat.Parquet, Path.Combine(_temporary.Path, "b"), SampleRows.Trace);

        Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
    }

    [Fact]
    public async Task Long_tables_are_split_into_fixed_size_row_groups()
    {
        var rows = Enumerable.Range(0, ParquetTableWriter<StanceRow>.RowGroupSize + 10)
            .Select(i => new StanceRow("long-1", 1, i, "usa", "ceasefire", i % 101));

        var path = await TableFiles.WriteAsync(StancesTable.Schema, TableFormat.Parquet, _temporary.Path, rows);

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal(ParquetTableWriter<StanceRow>.RowGroupSize, reader.RowGroups[0].RowCount);
        Assert.Equal(10, reader.RowGroups[1].RowCount);
    }

    [Fact]
    public async Task An_empty_table_is_still_a_readable_file_with_its_columns()
    {
        var path = await TableFiles.WriteAsync(StancesTable.Schema, TableFormat.Parquet, _temporary.Path, []);

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(StancesTable.Schema.Columns.Select(c => c.Name), reader.Schema.GetDataFields().Select(f => f.Name));
        Assert.Equal(0, reader.RowGroups.Sum(g => g.RowCount));
    }

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);
}
