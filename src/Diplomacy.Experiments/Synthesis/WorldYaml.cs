using System.Globalization;
using System.Text;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Experiments.Synthesis;

/// <summary>Writes a world as a world file (docs/world-format.md), every text double-quoted, numbers in shortest round-trip form.</summary>
public static class WorldYaml
{
    public static string Write(SeedWorld world, string header)
    {
        ArgumentNullException.ThrowIfNull(world);
        var text = new StringBuilder();
        foreach (var line in header.Split('\n'))
        {
            text.Append("# ").Append(line).Append('\n');
        }

        text.Append("article: ").Append(Quote(world.Article)).Append('\n');
        if (world.Title is { } title)
        {
            text.Append("title: ").Append(Quote(title)).Append('\n');
        }

        text.Append("actors:\n");
        foreach (var a in world.Actors)
        {
            text.Append("  - id: ").Append(a.Id).Append("\n    name: ").Append(Quote(a.Name));
            text.Append("\n    kind: ").Append(YamlNodeReader.WordOf(a.Kind)).Append("\n    role: ").Append(Quote(a.Role)).Append('\n');
            if (a.MemberOf is { } parent)
            {
                text.Append("    memberOf: ").Append(parent).Append('\n');
            }

            text.Append("    capability: ").Append(Number(a.Capability)).Append("\n    susceptibility: ").Append(Number(a.Susceptibility));
            text.Append("\n    assumption: ").Append(Quote(a.Assumption ?? "")).Append('\n');
        }

        text.Append("issues:\n");
        foreach (var i in world.Issues)
        {
            text.Append("  - id: ").Append(i.Id).Append("\n    title: ").Append(Quote(i.Title)).Append("\n    low: ").Append(Quote(i.Low)).Append("\n    high: ").Append(Quote(i.High)).Append('\n');
        }

        text.Append("stances:\n");
        foreach (var s in world.Stances)
        {
            text.Append("  - { actor: ").Append(s.Actor).Append(", issue: ").Append(s.Issue).Append(", position: ").Append(Number(s.Position));
            text.Append(", salience: ").Append(Number(s.Salience)).Append(", resolve: ").Append(Number(s.Resolve)).Append(", confidence: ").Append(YamlNodeReader.WordOf(s.Confidence));
            text.Append(s.Quote is { } quote ? ", quote: " + Quote(quote) : ", assumption: " + Quote(s.Assumption ?? ""));
            if (s.RedLine is { } line)
            {
                text.Append(", redLine: { minimum: ").Append(Number(line.Minimum)).Append(", maximum: ").Append(Number(line.Maximum)).Append(" }");
            }

            text.Append(" }\n");
        }

        text.Append(world.Ties.Count == 0 ? "ties: []\n" : "ties:\n");
        foreach (var t in world.Ties)
        {
            text.Append("  - { listener: ").Append(t.Listener).Append(", speaker: ").Append(t.Speaker).Append(", weight: ").Append(Number(t.Weight));
            text.Append(t.Rationale is { } why ? ", rationale: " + Quote(why) : "").Append(" }\n");
        }

        return text.ToString();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar: backslash and double quote escaped.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
