using Diplomacy.Model.World;
using Diplomacy.Runtime.Tables;
using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>
/// Gives each actor on a plot a look that survives without colour: states and organisations are
/// solid lines with filled markers, leaders dashed lines with open markers, analysts dotted lines
/// with crosses, and within a group each actor gets the next marker shape. Colour comes on top,
/// from the Okabe–Ito palette (told apart under the common colour-vision deficiencies), one hue
/// per state or organisation, shared by the leaders that belong to it (Putin takes Russia's hue),
/// so a family reads at a glance and the shape and the dash tell its members apart.
/// </summary>
public static class ActorStyles
{
    /// <summary>Okabe &amp; Ito (2008) without black, which marks agreements; yellow, the weakest on white, comes last.</summary>
    public static IReadOnlyList<Color> Palette { get; } =
    [
        Color.FromHex("#0072B2"), // blue
        Color.FromHex("#D55E00"), // vermillion
        Color.FromHex("#009E73"), // bluish green
        Color.FromHex("#CC79A7"), // reddish purple
        Color.FromHex("#E69F00"), // orange
        Color.FromHex("#56B4E9"), // sky blue
        Color.FromHex("#F0E442"), // yellow
    ];

    private static readonly MarkerShape[] FilledShapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown];

    private static readonly MarkerShape[] OpenShapes =
        [MarkerShape.OpenSquare, MarkerShape.OpenCircle, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond, MarkerShape.OpenTriangleDown];

    private static readonly MarkerShape[] CrossShapes = [MarkerShape.Eks, MarkerShape.Cross, MarkerShape.Asterisk];

    // Each group starts with its own kind of marker and then borrows the others: with its own line
    // pattern, every actor of a plot keeps a marker-and-pattern pair no other actor has (up to 13 a group).
    private static readonly MarkerShape[] StateShapes = [.. FilledShapes, .. OpenShapes, .. CrossShapes];
    private static readonly MarkerShape[] LeaderShapes = [.. OpenShapes, .. FilledShapes, .. CrossShapes];
    private static readonly MarkerShape[] AnalystShapes = [.. CrossShapes, .. OpenShapes, .. FilledShapes];

    /// <summary>Paths closer than this at every round lie on top of each other at the plot's size (about 2 px).</summary>
    private const double SamePosition = 0.5;

    /// <summary>Styles for <paramref name="actors"/> (world order), with coinciding paths found in <paramref name="run"/> on <paramref name="issue"/>.</summary>
    public static IReadOnlyList<ActorStyle> For(IReadOnlyList<Actor> actors, RunHistory? run, string issue)
    {
        var onPlot = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var families = new List<string>();
        var inGroup = new Dictionary<ActorGroup, int>();
        var styles = new List<ActorStyle>();
        foreach (var actor in actors)
        {
            // People join their state's or organisation's family; a state in an alliance keeps its own hue.
            var family = actor.Kind is ActorKind.Leader or ActorKind.Analyst && actor.MemberOf is { } parent && onPlot.Contains(parent) ? parent : actor.Id;
            if (!families.Contains(family, StringComparer.Ordinal))
            {
                families.Add(family);
            }

            var group = GroupOf(actor.Kind);
            var index = inGroup.GetValueOrDefault(group);
            inGroup[group] = index + 1;
            var coincides = run is null ? [] : styles.Where(s => SamePath(run, s.Actor.Id, actor.Id, issue)).Select(s => s.Actor).ToList();
            var hue = Palette[families.IndexOf(family) % Palette.Count];
            styles.Add(new ActorStyle(
                actor,
                // A member's line is a darker shade of its state's, so its dashes show even on the state's path.
                family == actor.Id ? hue : hue.Darken(0.3),
                ShapesOf(group)[index % ShapesOf(group).Length],
                group switch
                {
                    ActorGroup.StatesAndOrganisations => LinePattern.Solid,
                    ActorGroup.Leaders => LinePattern.Dashed,
                    _ => LinePattern.Dotted,
                },
                // Later groups are drawn on top and thinner, so a leader on its state's path shows as dashes over a solid line.
                group == ActorGroup.StatesAndOrganisations ? 3f : 2f,
                ShortName(actor),
                group,
                coincides));
        }

        return styles;
    }

    public static string GroupTitle(ActorGroup group) => group switch
    {
        ActorGroup.StatesAndOrganisations => "STATES AND ORGANISATIONS",
        ActorGroup.Leaders => "LEADERS",
        _ => "ANALYSTS",
    };

    /// <summary>
    /// The name written at a line's end: a person's surname, a state's or organisation's name when
    /// short, else its id in words ("European signatories of the joint statement" → "european signatories").
    /// </summary>
    public static string ShortName(Actor actor)
    {
        const int Longest = 22;
        if (actor.Kind is ActorKind.Leader or ActorKind.Analyst)
        {
            return actor.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        }

        if (actor.Name.Length <= Longest)
        {
            return actor.Name;
        }

        var words = actor.Id.Replace('-', ' ');
        return words.Length <= Longest ? words : words[..(Longest - 1)].TrimEnd() + "…";
    }

    private static MarkerShape[] ShapesOf(ActorGroup group) => group switch
    {
        ActorGroup.StatesAndOrganisations => StateShapes,
        ActorGroup.Leaders => LeaderShapes,
        _ => AnalystShapes,
    };

    private static ActorGroup GroupOf(ActorKind kind) => kind switch
    {
        ActorKind.State or ActorKind.Organisation => ActorGroup.StatesAndOrganisations,
        ActorKind.Leader => ActorGroup.Leaders,
        _ => ActorGroup.Analysts,
    };

    private static bool SamePath(RunHistory run, string first, string second, string issue)
    {
        var a = run.Trajectory(first, issue);
        var b = run.Trajectory(second, issue);
        return a.Count > 0 && a.Count == b.Count && a.Zip(b).All(p => p.First.Round == p.Second.Round && Math.Abs(p.First.Position - p.Second.Position) <= SamePosition);
    }
}
