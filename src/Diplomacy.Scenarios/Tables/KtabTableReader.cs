using System.Globalization;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Scenarios.Input;

namespace Diplomacy.Scenarios.Tables;

/// <summary>
/// Reads KTAB's spatial-model CSV: line 1 <c>scenario,description,nActors,nDims</c>; line 2 a
/// header <c>Actor,Description,Power,Pos1,Sal1,...</c> (names vary between files and are not
/// checked, only counted); then nActors rows on 0–100 scales. Each dimension becomes an issue;
/// saliences are divided by 100. Trailing commas, padded numbers and quoted cells are accepted.
/// </summary>
public static class KtabTableReader
{
    private const int LeadingColumns = 3;

    public static ForecastData Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new TableErrors(file);
        var lines = TableText.Lines(text, InputLimits.Actors + 2);
        if (lines.Count < 2)
        {
            errors.Add(lines.Count == 0 ? 1 : lines[0].Number + 1, 1,
                "expected a BDM table (header 'Actor,Capability,Position,Salience') or a KTAB file (scenario line, then header)");
            errors.ThrowIfAny();
        }

        var (scenarioLine, scenarioText) = lines[0];
        var scenario = CsvLine.Split(scenarioText, file, scenarioLine);
        if (scenario.Count < 4)
        {
            errors.Add(scenarioLine, scenarioText.Length + 1,
                "expected a KTAB scenario line 'name,description,nActors,nDims' (or a BDM header starting with 'Actor')");
            errors.ThrowIfAny();
        }

        // Both counts are checked before anything is sized by them.
        var actorCount = Count(errors, scenarioLine, scenario[2], "nActors", InputLimits.Actors);
        var dimensionCount = Count(errors, scenarioLine, scenario[3], "nDims", InputLimits.Dimensions);
        errors.ThrowIfAny();

        var (headerLine, headerText) = lines[1];
        var header = CsvLine.Split(headerText, file, headerLine);
        var width = LeadingColumns + (2 * dimensionCount);
        if (header.Count < width)
        {
            errors.Add(headerLine, headerText.Length + 1,
                $"expected {width} header cells (Actor, Description, Power, then a position and a salience for each of {dimensionCount} dimensions), got {header.Count}");
            errors.ThrowIfAny();
        }

        // Lines stops reading one line past the most actors allowed, so a longer file is counted as that.
        var rows = lines.Skip(2).ToList();
        if (rows.Count != actorCount)
        {
            var (line, column) = rows.Count > actorCount ? (rows[actorCount].Number, 1) : (scenarioLine, scenario[2].Column);
            var counted = rows.Count > InputLimits.Actors ? $"more than {InputLimits.Actors:N0}" : rows.Count.ToString(CultureInfo.InvariantCulture);
            errors.Add(line, column, $"line {scenarioLine} announces {actorCount} actors, but the file has {counted} actor rows");
        }

        var positions = new List<BdmActor>[dimensionCount];
        for (var d = 0; d < dimensionCount; d++)
        {
            positions[d] = [];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, line) in rows.Take(actorCount))
        {
            var fields = CsvLine.Split(line, file, number);
            if (fields.Count < width)
            {
                errors.Add(number, line.Length + 1, $"expected {width} cells (Actor, Description, Power and {dimensionCount} position/salience pairs), got {fields.Count}");
                continue;
            }

            if (fields[0].Text.Length == 0)
            {
                errors.Add(number, fields[0].Column, "expected an actor name");
            }
            else if (!names.Add(fields[0].Text))
            {
                errors.Add(number, fields[0].Column, $"actor '{fields[0].Text}' is listed twice");
            }

            var power = errors.Number(number, fields[2], header[2].Text, minimum: 0);
            for (var d = 0; d < dimensionCount; d++)
            {
                var position = errors.Number(number, fields[LeadingColumns + (2 * d)], header[LeadingColumns + (2 * d)].Text);
                var salience = errors.Number(number, fields[LeadingColumns + (2 * d) + 1], header[LeadingColumns + (2 * d) + 1].Text, 0, 100);
                if (power is not null && position is not null && salience is not null)
                {
                    positions[d].Add(new BdmActor(fields[0].Text, power.Value, position.Value, salience.Value / 100));
                }
            }
        }

        errors.ThrowIfAny();
        var issues = new List<IssueTable>();
        for (var d = 0; d < dimensionCount; d++)
        {
            BdmTableReader.CheckActors(errors, positions[d], lines[^1].Number);
            var name = header[LeadingColumns + (2 * d)].Text;
            issues.Add(new IssueTable(name.Length > 0 ? name : $"Dimension {d + 1}", positions[d]));
        }

        return new ForecastData(file, scenario[0].Text, issues);
    }

    private static int Count(TableErrors errors, int line, CsvField field, string what, int maximum)
    {
        // The parse stands alone: Stryker cannot compile a mutant that copies an 'out var' (docs/testing.md).
        var parsed = int.TryParse(field.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value);
        if (!parsed || value < 1 || value > maximum)
        {
            errors.Add(line, field.Column, $"expected a whole number from 1 to {maximum:N0} for {what}, got '{field.Text}'");
            return 0;
        }

        return value;
    }
}
