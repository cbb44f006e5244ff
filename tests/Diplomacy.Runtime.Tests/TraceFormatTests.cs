using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tests;

/// <summary>
/// The trace schema is what researchers build on: a change to it should show up here. The stances
/// and trace tables (CSV and Parquet) are guarded by Tables/TableSchemaApprovalTests and Tables/CsvTableWriterTests.
/// </summary>
public sealed class TraceFormatTests
{
    [Fact]
    public void A_trace_line_has_every_field_in_schema_order_with_nulls_where_they_do_not_apply()
    {
        var line = TraceJson.ToLine(new TraceEvent("talks-7", 7, 2, 15, TraceEventType.Answer, "putin", "trump", null, [new TermValue("ceasefire", 0.1 + 0.2)], Decision.Counter, 0.645, null, null, new NoteReason("it's 'too little'")));

        Assert.Equal(
            """{"run":"talks-7","seed":7,"round":2,"seq":15,"type":"answer","from":"putin","to":"trump","issue":null,"terms":[{"issue":"ceasefire","position":0.30000000000000004}],"decision":"counter","utility":0.645,"before":null,"after":null,"reason":"it's 'too little'"}""",
            line);
    }
}
