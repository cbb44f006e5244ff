using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Scenarios.Tables;

/// <summary>
/// Splits one CSV line: commas separate, double quotes enclose (a doubled quote inside stands
/// for one), spaces around a cell are dropped, and trailing empty cells (the trailing commas
/// KTAB writes) are dropped too.
/// </summary>
public static class CsvLine
{
    public static IReadOnlyList<CsvField> Split(string line, string file, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new List<CsvField>();
        var position = 0;
        while (true)
        {
            while (position < line.Length && line[position] is ' ' or '\t')
            {
                position++;
            }

            var column = position + 1;

            // Assigned here as well as in both branches, so that a mutant removing a branch still compiles (docs/testing.md).
            var text = string.Empty;
            if (position < line.Length && line[position] == '"')
            {
                var builder = new System.Text.StringBuilder();
                position++;
                while (true)
                {
                    if (position >= line.Length)
                    {
                        throw new InputException(new InputError(new SourceLocation(file, lineNumber, column), "a quoted cell is not closed: expected '\"' before the end of the line"));
                    }

                    if (line[position] == '"')
                    {
                        if (position + 1 < line.Length && line[position + 1] == '"')
                        {
                            builder.Append('"');
                            position += 2;
                            continue;
                        }

                        position++;
                        break;
                    }

                    builder.Append(line[position++]);
                }

                while (position < line.Length && line[position] is ' ' or '\t')
                {
                    position++;
                }

                if (position < line.Length && line[position] != ',')
                {
                    throw new InputException(new InputError(new SourceLocation(file, lineNumber, position + 1), "expected ',' after a quoted cell"));
                }

                text = builder.ToString();
            }
            else
            {
                var end = line.IndexOf(',', position);
                if (end < 0)
                {
                    end = line.Length;
                }

                text = line[position..end].Trim();
                position = end;
            }

            fields.Add(new CsvField(text, column));
            if (position >= line.Length)
            {
                break;
            }

            position++;
        }

        while (fields.Count > 0 && fields[^1].Text.Length == 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        return fields;
    }
}
