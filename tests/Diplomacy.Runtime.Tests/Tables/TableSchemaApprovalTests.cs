using System.Runtime.CompilerServices;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Runtime.Tests.Tables;

/// <summary>
/// Researchers build on the table columns, so a change of schema must be deliberate: it fails
/// here until TableSchemas.approved.txt is updated (copy the .received.txt over it) and shows as a
/// diff in review, next to the matching change of docs/trace-schema.md.
/// </summary>
public sealed class TableSchemaApprovalTests
{
    [Fact]
    public void Schemas_match_the_approved_text()
    {
        var received = StancesTable.Schema.Describe() + "\n" + TraceTable.Schema.Describe();
        var approvedPath = Path.Combine(SourceDirectory(), "TableSchemas.approved.txt");
        var receivedPath = Path.Combine(SourceDirectory(), "TableSchemas.received.txt");

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (approved != received)
        {
            File.WriteAllText(receivedPath, received);
        }
        else
        {
            File.Delete(receivedPath);
        }

        Assert.Equal(approved, received);
    }

    [Fact]
    public void Every_column_is_documented_in_the_trace_schema_doc()
    {
        var doc = File.ReadAllText(Path.Combine(SourceDirectory(), "..", "..", "..", "docs", "trace-schema.md"));

        Assert.All(StancesTable.Schema.Columns, c => Assert.Contains($"| `{c.Name}` |", doc, StringComparison.Ordinal));
        Assert.All(TraceTable.Schema.Columns, c => Assert.Contains($"| `{c.Name}` |", doc, StringComparison.Ordinal));
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
