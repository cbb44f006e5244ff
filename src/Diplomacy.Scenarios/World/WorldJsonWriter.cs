using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomacy.Model.Influence;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.World;

/// <summary>
/// Writes a world as JSON with a fixed property order (documented in docs/world-format.md):
/// <c>{"article", "title", "date", "actors": [...], "issues": [...], "positions": [...], "ties": [...]}</c>;
/// the ties are the file's, then those membership implies (<c>"implied": true</c>).
/// Absent optional values are written as <c>null</c>, never left out, so consumers can rely on
/// every field being there; kinds and confidences are lower-case words as in the world file.
/// </summary>
public static class WorldJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep the article's curly quotes and accents readable: the output is for people and
        // for JSON parsers, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SeedWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, world);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, SeedWorld world)
    {
        json.WriteStartObject();
        json.WriteString("article", world.Article);
        json.WriteString("title", world.Title);
        json.WriteString("date", world.Date);
        WriteArray(json, "actors", world.Actors, WriteActor);
        WriteArray(json, "issues", world.Issues, WriteIssue);
        WriteArray(json, "positions", world.Stances, WriteStance);
        var ties = world.Ties.Select(t => (Tie: t, Implied: false))
            .Concat(InfluenceNetwork.ImpliedTies(world.Actors, world.Ties).Select(t => (Tie: t, Implied: true)));
        WriteArray(json, "ties", ties, (writer, tie) => WriteTie(writer, tie.Tie, tie.Implied));
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeFields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeFields(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter json, Actor actor)
    {
        json.WriteString("id", actor.Id);
        json.WriteString("name", actor.Name);
        json.WriteString("kind", YamlNodeReader.WordOf(actor.Kind));
        json.WriteString("role", actor.Role);
        json.WriteString("memberOf", actor.MemberOf);
        json.WriteNumber("capability", actor.Capability);
        json.WriteNumber("susceptibility", actor.Susceptibility);
        json.WriteString("assumption", actor.Assumption);
        json.WriteString("source", actor.Source);
    }

    private static void WriteIssue(Utf8JsonWriter json, Issue issue)
    {
        json.WriteString("id", issue.Id);
        json.WriteString("title", issue.Title);
        json.WriteString("low", issue.Low);
        json.WriteString("high", issue.High);
    }

    private static void WriteStance(Utf8JsonWriter json, Stance stance)
    {
        json.WriteString("actor", stance.Actor);
        json.WriteString("issue", stance.Issue);
        json.WriteNumber("position", stance.Position);
        json.WriteNumber("salience", stance.Salience);
        json.WriteNumber("resolve", stance.Resolve);
        json.WriteString("confidence", YamlNodeReader.WordOf(stance.Confidence));
        json.WriteString("quote", stance.Quote);
        json.WriteString("assumption", stance.Assumption);
        json.WriteString("source", stance.Source);
        if (stance.RedLine is not { } redLine)
        {
            json.WriteNull("redLine");
            return;
        }

        json.WriteStartObject("redLine");
        json.WriteNumber("minimum", redLine.Minimum);
        json.WriteNumber("maximum", redLine.Maximum);
        json.WriteString("quote", redLine.Quote);
        json.WriteEndObject();
    }

    private static void WriteTie(Utf8JsonWriter json, InfluenceTie tie, bool implied)
    {
        json.WriteString("listener", tie.Listener);
        json.WriteString("speaker", tie.Speaker);
        json.WriteNumber("weight", tie.Weight);
        json.WriteString("rationale", implied ? "implied by membership: the engine adds it where the file gives no tie" : tie.Rationale);
        json.WriteBoolean("implied", implied);
    }
}
