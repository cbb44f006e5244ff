using System.Globalization;
using System.Text;

namespace Diplomacy.Runtime.Tables;

/// <summary>
/// The columns of one output table, in order. CSV and Parquet writers both take their columns from
/// here, so the two formats cannot drift apart.
/// </summary>
public sealed class TableSchema<TRow>(string name, IReadOnlyList<TableColumn<TRow>> columns)
{
    /// <summary>Table name; also the output file's name without extension.</summary>
    public string Name { get; } = name;

    public IReadOnlyList<TableColumn<TRow>> Columns { get; } = columns;

    /// <summary>
    /// The schema as aligned text, one column a line. The approval test compares this text with a
    /// checked-in copy, so a change of schema shows up in review as a diff.
    /// </summary>
    public string Describe()
    {
        var nameWidth = Columns.Max(c => c.Name.Length);
        var typeWidth = Columns.Max(c => c.Type.ToString().Length);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"table {Name}\n");
        foreach (var column in Columns)
        {
            var nullability = column.Nullable ? "null    " : "not null";
            text.Append(CultureInfo.InvariantCulture, $"  {column.Name.PadRight(nameWidth)}  {column.Type.ToString().PadRight(typeWidth)}  {nullability}  {column.Meaning}\n");
        }

        return text.ToString();
    }
}
