using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Scenarios.Input;

namespace Diplomacy.Scenarios.Tables;

/// <summary>
/// Reads a BDM table: a header naming <c>Actor</c>, <c>Capability</c>, <c>Position</c> and
/// <c>Salience</c> (any order, any case; other columns are ignored), then one actor a row with
/// capability ≥ 0 and salience in [0, 1].
/// </summary>
public static class BdmTableReader
{
    private static readonly string[] Columns = new[] { "Actor", "Capability", "Position", "Salience" };

    public static ForecastData Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new TableErrors(file);
        var lines = TableText.Lines(text, InputLimits.Actors + 1);
        if (lines.Count == 0)
        {
            errors.Add(1, 1, "the file is empty: expected a header 'Actor,Capability,Position,Salience'");
            errors.ThrowIfAny();
        }

        if (lines.Count > InputLimits.Actors + 1)
        {
            errors.Add(lines[^1].Number, 1, $"more than {InputLimits.Actors:N0} actor rows; a forecast table may have at most {InputLimits.Actors:N0} actors");
            errors.ThrowIfAny();
        }

        var (headerLine, headerText) = lines[0];
        var header = CsvLine.Split(headerText, file, headerLine);
        var indices = new int[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            indices[c] = -1;
            for (var i = 0; i < header.Count; i++)
            {
                if (!header[i].Text.Equals(Columns[c], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (indices[c] >= 0)
                {
                    errors.Add(headerLine, header[i].Column, $"the column '{Columns[c]}' appears twice");
                    break;
                }

                indices[c] = i;
            }

            if (indices[c] < 0)
            {
                errors.Add(headerLine, headerText.Length + 1, $"expected a column named '{Columns[c]}' in the header");
            }
        }

        errors.ThrowIfAny();
        var needed = 0;
        foreach (var index in indices)
        {
            needed = Math.Max(needed, index + 1);
        }

        var actors = new List<BdmActor>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 1; row < lines.Count; row++)
        {
            var (number, line) = lines[row];
            var fields = CsvLine.Split(line, file, number);
            if (fields.Count < needed)
            {
                errors.Add(number, line.Length + 1, $"expected {needed} cells ({string.Join(",", header.Take(needed).Select(f => f.Text))}), got {fields.Count}");
                continue;
            }

            var name = fields[indices[0]];
            if (name.Text.Length == 0)
            {
                errors.Add(number, name.Column, "expected an actor name");
            }
            else if (!names.Add(name.Text))
            {
                errors.Add(number, name.Column, $"actor '{name.Text}' is listed twice");
            }

            var capability = errors.Number(number, fields[indices[1]], "Capability", minimum: 0);
            var position = errors.Number(number, fields[indices[2]], "Position");
            var salience = errors.Number(number, fields[indices[3]], "Salience", 0, 1);
            if (capability is not null && position is not null && salience is not null)
            {
                actors.Add(new BdmActor(name.Text, capability.Value, position.Value, salience.Value));
            }
        }

        var last = lines[^1].Number;
        errors.ThrowIfAny();
        CheckActors(errors, actors, last);
        return new ForecastData(file, Path.GetFileName(file), [new IssueTable("issue", actors)]);
    }

    private static bool HasWeight(IReadOnlyList<BdmActor> actors)
    {
        foreach (var actor in actors)
        {
            if (actor.Capability * actor.Salience != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shared by both formats: a forecast needs actors, and someone with weight for the mean.</summary>
    internal static void CheckActors(TableErrors errors, IReadOnlyList<BdmActor> actors, int line)
    {
        if (actors.Count == 0)
        {
            errors.Add(line + 1, 1, "expected at least one actor row");
        }
        else if (!HasWeight(actors))
        {
            errors.Add(line, 1, "every actor has zero capability or zero salience: the weighted mean is undefined");
        }

        errors.ThrowIfAny();
    }
}
