using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomacy.Contracts.Trace;
using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// One trace event as one line of JSON. Written by hand with <see cref="Utf8JsonWriter"/> so the
/// property order is the schema's and every property is present (null when it does not apply);
/// numbers use the shortest form that reads back to the same double.
/// </summary>
public static class TraceJson
{
    // Relaxed escaping keeps quotes from the article readable (it's a file, never embedded in HTML).
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToLine(TraceEvent e)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("run", e.Run);
            json.WriteNumber("seed", e.Seed);
            json.WriteNumber("round", e.Round);
            json.WriteNumber("seq", e.Seq);
            json.WriteString("type", TraceProse.Type(e));
            WriteText(json, "from", e.From);
            WriteText(json, "to", e.To);
            WriteText(json, "issue", e.Issue);
            json.WritePropertyName("terms");
            if (e.Terms is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStartArray();
                foreach (var term in e.Terms)
                {
                    json.WriteStartObject();
                    json.WriteString("issue", term.Issue);
                    json.WriteNumber("position", term.Position + 0.0);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            WriteText(json, "decision", TraceProse.Decision(e));
            WriteNumber(json, "utility", e.Utility);
            WriteNumber(json, "before", e.Before);
            WriteNumber(json, "after", e.After);
            WriteText(json, "reason", TraceProse.Reason(e));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            // Adding zero turns -0 into 0: no output spells "-0".
            json.WriteNumber(name, number + 0.0);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
