using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomacy.Contracts.Messages;
using Diplomacy.Contracts.Trace;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Running;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// How one run of a sweep ended: rounds played, the stop condition, the agreements, or the error
/// that ended it. One line of the journal and one row of the runs table.
/// </summary>
public sealed record SweepRecord(SweepRun Run, int? RoundsRun, string? StoppedBy, IReadOnlyList<Agreement> Agreements, string? Error)
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool Failed => Error is not null;

    public static SweepRecord Failure(SweepRun run, string error) => new(run, null, null, [], error);

    /// <summary>The round of the first agreement that settles <paramref name="issue"/>, or null if none did.</summary>
    public int? AgreedRound(string issue) =>
        Agreements.FirstOrDefault(a => a.Terms.Any(t => t.Issue == issue))?.Round;

    /// <summary>The agreements as a JSON array: round, from, to and terms (issue to position, in offer order).</summary>
    public string AgreementsJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteAgreements(json);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public string ToJsonLine()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("run", Run.Number);
            json.WriteNumber("set", Run.Set);
            json.WriteNumber("replicate", Run.Replicate);
            json.WriteNumber("seed", Run.Seed);
            if (RoundsRun is { } rounds)
            {
                json.WriteNumber("rounds", rounds);
            }
            else
            {
                json.WriteNull("rounds");
            }

            json.WriteString("stoppedBy", StoppedBy);
            json.WritePropertyName("agreements");
            WriteAgreements(json);
            json.WriteString("error", Error);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a line <see cref="ToJsonLine"/> wrote; throws <see cref="JsonException"/> or <see cref="KeyNotFoundException"/> on a torn or foreign line.</summary>
    public static SweepRecord Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var run = new SweepRun(root.GetProperty("run").GetInt32(), root.GetProperty("set").GetInt32(), root.GetProperty("replicate").GetInt32(), root.GetProperty("seed").GetInt32());
        var rounds = root.GetProperty("rounds") is { ValueKind: JsonValueKind.Number } r ? r.GetInt32() : (int?)null;
        var agreements = root.GetProperty("agreements").EnumerateArray()
            .Select(a => new Agreement(
                a.GetProperty("round").GetInt32(),
                a.GetProperty("from").GetString()!,
                a.GetProperty("to").GetString()!,
                a.GetProperty("terms").EnumerateObject().Select(t => new TermValue(t.Name, t.Value.GetDouble())).ToList()))
            .ToList();
        return new SweepRecord(run, rounds, root.GetProperty("stoppedBy").GetString(), agreements, root.GetProperty("error").GetString());
    }

    private void WriteAgreements(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        foreach (var agreement in Agreements)
        {
            json.WriteStartObject();
            json.WriteNumber("round", agreement.Round);
            json.WriteString("from", agreement.From);
            json.WriteString("to", agreement.To);
            json.WriteStartObject("terms");
            foreach (var term in agreement.Terms)
            {
                json.WriteNumber(term.Issue, term.Position);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
