using System.Globalization;
using Diplomacy.Runtime.Tables;

using Diplomacy.Runtime.Tests.Fixtures;

namespace Diplomacy.Runtime.Tests.Tables;

public sealed class CsvTableWriterTests : IDisposable
{
    private readonly TempFolder _temporary = new();

    public void Dispose() => _temporary.Dispose();

    [Fact]
    public async Task Header_lists_the_schema_columns_in_order()
    {
        await TableFiles.WriteAsync(StancesTable.Schema, TableFormat.Csv, _temporary.Path, SampleRows.Stances);

        var header = File.ReadLines(Path.Combine(_temporary.Path, "stances.csv")).First();

        Assert.Equal("run,seed,round,actor,issue,position", header);
    }

    [Fact]
    public async Task Positions_read_back_to_the_same_doubles()
    {
        await TableFiles.WriteAsync(StancesTable.Schema, TableFormat.Csv, _temporary.Path, SampleRows.Stances);

        var lines = File.ReadAllLines(Path.Combine(_temporary.Path, "stances.csv"));
        var positions = lines.Skip(1).Select(l => double.Parse(l[(l.LastIndexOf(',') + 1)..], CultureInfo.InvariantCulture));

        Assert.Equal(SampleRows.Stances.Select(s => s.Position), positions);
        Assert.Equal("talks-7,7,0,usa,ceasefire,0.30000000000000004", lines[1]);
    }

    [Fact]
    public async Task Text_with_commas_quotes_and_line_breaks_is_quoted_and_nulls_are_empty()
    {
        await TableFiles.WriteAsync(TraceTable.Schema, TableFormat.Csv, _temporary.Path, SampleRows.Trace);

        var text = await File.ReadAllTextAsync(Path.Combine(_temporary.Path, "trace.csv"));

        Assert.Contains("talks-7,7,1,0,proposal,usa,russia,,\"{\"\"ceasefire\"\":40,\"\"sanctions\"\":55.5}\",,,,,\n", text, StringComparison.Ordinal);
        Assert.Contains(",20,23.456,\"concession, line\nbreak\"\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
