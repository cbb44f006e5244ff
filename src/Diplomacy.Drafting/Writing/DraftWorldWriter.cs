using System.Text;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Drafting.Writing;

/// <summary>
/// Writes a <see cref="DraftWorld"/> as a world file (docs/world-format.md) in which every value
/// the article cannot give is the bare word <c>draft</c>: capabilities, susceptibilities,
/// unknown roles, issue scale ends, and each stance's position, salience, resolve and
/// confidence. Comments say where each actor and stance was found and list other candidate
/// quotes (<c># or: ...</c>), which <c>seed review</c> offers as choices.
/// </summary>
public static class DraftWorldWriter
{
    public const string Draft = "draft";

    /// <summary>The comment that marks another candidate quote for a stance; seed review reads these.</summary>
    public const string AlternativePrefix = "# or: ";

    public static string Write(DraftWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var yaml = new StringBuilder();
        yaml.Append("# Draft world drawn from ").Append(world.Article).Append(" by 'diplomacy seed init' (rules and gazetteers, offline).\n")
            .Append("# Every value written `draft` is still to decide: 'diplomacy seed review FILE' asks for them stance by\n")
            .Append("# stance, and 'diplomacy seed validate FILE' lists those left. Quotes are exact words of the article;\n")
            .Append("# actors, issues and stances are candidates: delete what is wrong, add what is missing.\n")
            .Append("# The format is described in docs/world-format.md.\n\n");
        yaml.Append("article: ").Append(YamlScalar.Of(world.Article)).Append('\n');
        if (world.Title is not null)
        {
            yaml.Append("title: ").Append(YamlScalar.Of(world.Title)).Append('\n');
        }

        if (world.Date is not null)
        {
            yaml.Append("date: ").Append(YamlScalar.Of(world.Date)).Append('\n');
        }

        WriteActors(yaml, world);
        WriteIssues(yaml, world);
        WriteStances(yaml, world);
        return yaml.ToString();
    }

    private static void WriteActors(StringBuilder yaml, DraftWorld world)
    {
        yaml.Append("\nactors:\n");
        ActorKind? section = null;
        foreach (var actor in world.Actors)
        {
            var kind = actor.Kind == ActorKind.Analyst ? ActorKind.Leader : actor.Kind;
            if (kind != section)
            {
                section = kind;
                var heading = kind switch
                {
                    ActorKind.State => "States",
                    ActorKind.Organisation => "Organisations and groups",
                    _ => "People",
                };
                yaml.Append(section == world.Actors[0].Kind ? string.Empty : "\n").Append("  # ---- ").Append(heading).Append(" ----\n");
            }

            yaml.Append("  # In the article as: ").Append(string.Join(" | ", actor.Names)).Append('\n');
            yaml.Append("  - id: ").Append(actor.Id).Append('\n');
            Field(yaml, "name", actor.Name);
            yaml.Append("    kind: ").Append(YamlNodeReader.WordOf(actor.Kind)).Append('\n');
            Field(yaml, "role", actor.Role);
            if (actor.MemberOf is not null)
            {
                yaml.Append("    memberOf: ").Append(actor.MemberOf).Append('\n');
            }

            yaml.Append("    capability: draft\n    susceptibility: draft\n    assumption: draft\n");
        }
    }

    private static void WriteIssues(StringBuilder yaml, DraftWorld world)
    {
        yaml.Append("\nissues:\n");
        foreach (var issue in world.Issues)
        {
            yaml.Append("  # ").Append(world.Stances.Count(s => s.Issue == issue.Id)).Append(" candidate stances");
            if (issue.Keywords.Count > 0)
            {
                yaml.Append(", about: ").Append(string.Join(", ", issue.Keywords));
            }

            yaml.Append(". Say what 0 and 100 mean.\n");
            yaml.Append("  - id: ").Append(issue.Id).Append('\n');
            Field(yaml, "title", issue.Title);
            yaml.Append("    low: draft\n    high: draft\n");
        }

        if (world.Issues.Count == 0)
        {
            yaml.Append("  []\n");
        }
    }

    private static void WriteStances(StringBuilder yaml, DraftWorld world)
    {
        yaml.Append("\nstances:\n");
        string? issue = null;
        foreach (var stance in world.Stances)
        {
            if (stance.Issue != issue)
            {
                yaml.Append(issue is null ? string.Empty : "\n").Append("  # ---- ").Append(stance.Issue).Append(" ----\n");
                issue = stance.Issue;
            }

            yaml.Append("  # Line ").Append(stance.Line).Append(stance.Verb is null ? string.Empty : $" ({stance.Verb})").Append(": ").Append(stance.Sentence).Append('\n');
            yaml.Append("  - actor: ").Append(stance.Actor).Append('\n');
            yaml.Append("    issue: ").Append(stance.Issue).Append('\n');
            yaml.Append("    position: draft\n    salience: draft\n    resolve: draft\n    confidence: draft\n");
            Field(yaml, "quote", stance.Quote);
            foreach (var alternative in stance.Alternatives)
            {
                yaml.Append("    ").Append(AlternativePrefix).Append(alternative).Append('\n');
            }
        }

        if (world.Stances.Count == 0)
        {
            yaml.Append("  []\n");
        }
    }

    private static void Field(StringBuilder yaml, string key, string? value) =>
        yaml.Append("    ").Append(key).Append(": ").Append(value is null ? Draft : YamlScalar.Of(value)).Append('\n');
}
