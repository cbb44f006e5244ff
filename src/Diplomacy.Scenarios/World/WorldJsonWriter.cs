using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.World;

/// <summary>
/// Writes a world as JSON with a fixed property order (documented in docs/world-format.md):
/// <c>{"article", "title", "date", "actors": [...], "issues": [...], "positions": [...], "ties": [...]}</c>.
/// Absent optional values are written as <c>null</c>, never left out, so consumers can rely on
/// every field being there; kinds and confidences are lower-case words as in the world file.
/// A value still <c>draft</c> (not decided yet) is written as <c>null</c> too, with confidence <c>"draft"</c>.
/// </summary>
public static class WorldJsonWriter
{
    private static readonly JsonWriterOptions Options = new JsonWriterOptions()
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
        WriteArray(json, "ties", world.Ties, WriteTie);
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
        WriteText(json, "role", actor.Role, actor.Undecided);
        json.WriteString("memberOf", actor.MemberOf);
        WriteNumber(json, "capability", actor.Capability, actor.Undecided);
        WriteNumber(json, "susceptibility", actor.Susceptibility, actor.Undecided);
        WriteText(json, "assumption", actor.Assumption, actor.Undecided);
        json.WriteString("source", actor.Source);
    }

    private static void WriteIssue(Utf8JsonWriter json, Issue issue)
    {
        json.WriteString("id", issue.Id);
        WriteText(json, "title", issue.Title, issue.Undecided);
        WriteText(json, "low", issue.Low, issue.Undecided);
        WriteText(json, "high", issue.High, issue.Undecided);
        json.WriteStartArray("keywords");
        foreach (var keyword in issue.Keywords)
        {
            json.WriteStringValue(keyword);
        }

        json.WriteEndArray();
    }

    private static void WriteStance(Utf8JsonWriter json, Stance stance)
    {
        json.WriteString("actor", stance.Actor);
        json.WriteString("issue", stance.Issue);
        WriteNumber(json, "position", stance.Position, stance.Undecided);
        WriteNumber(json, "salience", stance.Salience, stance.Undecided);
        WriteNumber(json, "resolve", stance.Resolve, stance.Undecided);
        json.WriteString("confidence", YamlNodeReader.WordOf(stance.Confidence));
        json.WriteString("quote", stance.Quote);
        json.WriteString("assumption", stance.Assumption);
        json.WriteString("source", stance.Source);
        var redLine = stance.RedLine;
        if (redLine is null)
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

    private static void WriteNumber(Utf8JsonWriter json, string name, double value, IReadOnlyList<string> undecided)
    {
        if (undecided.Contains(name))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }

    private static void WriteText(Utf8JsonWriter json, string name, string? value, IReadOnlyList<string> undecided) =>
        json.WriteString(name, undecided.Contains(name) ? null : value);

    private static void WriteTie(Utf8JsonWriter json, InfluenceTie tie)
    {
        json.WriteString("listener", tie.Listener);
        json.WriteString("speaker", tie.Speaker);
        json.WriteNumber("weight", tie.Weight);
        json.WriteString("rationale", tie.Rationale);
    }
}
