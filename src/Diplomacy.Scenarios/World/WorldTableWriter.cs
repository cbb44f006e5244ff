using System.Globalization;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.World;

/// <summary>
/// Writes a world as plain text for a terminal: details of singled-out actors and issues, a
/// table of actors × issues whose cells give the position and how it is known, a legend of the
/// issues' scales, and on request the quote or assumption behind each cell.
/// </summary>
public static class WorldTableWriter
{
    private const int CellWidth = 6;
    private const string NoStance = "·";
    private const string Undecided = "?";

    /// <param name="details">Print each actor's and issue's full description (used when the user singled them out).</param>
    /// <param name="quotes">Print the quote or assumption behind each cell.</param>
    public static void Write(TextWriter output, SeedWorld world, bool details, bool quotes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(world);

        output.WriteLine($"World: {world.Title ?? world.Article}{(world.Date is null ? string.Empty : $" ({world.Date})")}");
        output.WriteLine($"Article: {world.Article}");
        output.WriteLine();
        if (details)
        {
            WriteDetails(output, world);
        }

        WriteTable(output, world);
        output.WriteLine();
        WriteLegend(output, world);
        if (quotes)
        {
            output.WriteLine();
            WriteQuotes(output, world);
        }
    }

    private static void WriteDetails(TextWriter output, SeedWorld world)
    {
        foreach (var actor in world.Actors)
        {
            output.WriteLine($"{actor.Name} ({actor.Id}): {YamlNodeReader.WordOf(actor.Kind)}, {actor.Role}{(actor.MemberOf is null ? string.Empty : $", member of {actor.MemberOf}")}");
            output.WriteLine($"  capability {Number(actor.Capability)}, susceptibility {Number(actor.Susceptibility)} ({(actor.Undecided.Count > 0 ? "draft" : "assumed")})");
            WriteOptional(output, "  assumption: ", actor.Assumption);
            WriteOptional(output, "  source: ", actor.Source);
        }

        foreach (var issue in world.Issues)
        {
            output.WriteLine($"{issue.Title} ({issue.Id})");
            output.WriteLine($"  0   = {issue.Low}");
            output.WriteLine($"  100 = {issue.High}");
        }

        output.WriteLine();
    }

    private static void WriteTable(TextWriter output, SeedWorld world)
    {
        var idWidth = Math.Max("actor".Length, world.Actors.Select(a => a.Id.Length).DefaultIfEmpty(0).Max());
        var kindWidth = "organisation".Length;
        var header = "actor".PadRight(idWidth) + "  " + "kind".PadRight(kindWidth)
            + string.Concat(world.Issues.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(CellWidth)));
        output.WriteLine(header);
        output.WriteLine(new string('-', header.Length));
        foreach (var actor in world.Actors)
        {
            var cells = world.Issues.Select(issue => Cell(world.FindStance(actor.Id, issue.Id)).PadLeft(CellWidth));
            output.WriteLine((actor.Id.PadRight(idWidth) + "  " + YamlNodeReader.WordOf(actor.Kind).PadRight(kindWidth) + string.Concat(cells)).TrimEnd());
        }
    }

    private static void WriteLegend(TextWriter output, SeedWorld world)
    {
        output.WriteLine($"Cells: position on 0-100 then s = stated, i = implied, a = assumed; ! = red line drawn; {NoStance} = no stance.");
        if (world.HasDrafts)
        {
            output.WriteLine($"Drafts: d = confidence still draft; {Undecided} = position still draft. 'diplomacy seed review FILE' decides them.");
        }

        for (var i = 0; i < world.Issues.Count; i++)
        {
            var issue = world.Issues[i];
            output.WriteLine($"{(i + 1).ToString(CultureInfo.InvariantCulture),3} {issue.Id}: {issue.Title}");
            output.WriteLine($"      0 = {issue.Low}; 100 = {issue.High}");
        }
    }

    private static void WriteQuotes(TextWriter output, SeedWorld world)
    {
        output.WriteLine("Behind the cells:");
        foreach (var actor in world.Actors)
        {
            foreach (var issue in world.Issues)
            {
                // A plain null test, not 'is not { } stance': with the pattern, removing the
                // 'continue' leaves stance unassigned and Stryker cannot compile the method's mutants.
                var stance = world.FindStance(actor.Id, issue.Id);
                if (stance is null)
                {
                    continue;
                }

                output.WriteLine($"{actor.Id} × {issue.Id}: {Number(stance.Position)} {YamlNodeReader.WordOf(stance.Confidence)}, salience {Number(stance.Salience)}, resolve {Number(stance.Resolve)}");
                WriteOptional(output, "  quote: ", stance.Quote);
                WriteOptional(output, "  assumption: ", stance.Assumption);
                WriteOptional(output, "  source: ", stance.Source);
                var redLine = stance.RedLine;
                if (redLine is not null)
                {
                    output.WriteLine($"  red line: [{Number(redLine.Minimum)}, {Number(redLine.Maximum)}]{(redLine.Quote is null ? string.Empty : $" {redLine.Quote}")}");
                }
            }
        }
    }

    private static string Cell(Stance? stance) => stance is null
        ? NoStance
        : Number(Math.Round(stance.Position)) + YamlNodeReader.WordOf(stance.Confidence)[..1] + (stance.RedLine is null ? string.Empty : "!");

    private static void WriteOptional(TextWriter output, string label, string? text)
    {
        if (text is not null)
        {
            output.WriteLine(label + text);
        }
    }

    /// <summary>A draft number (NaN, see <see cref="Diplomacy.Model.World.Confidence.Draft"/>) shows as <c>?</c>.</summary>
    private static string Number(double value) => double.IsNaN(value) ? Undecided : value.ToString("0.##", CultureInfo.InvariantCulture);
}
