namespace Diplomacy.Runtime.Tables;

/// <summary>
/// One column of a table: its name, type, whether it may be empty, what it means, and how to read
/// it from a row. The meaning is part of the schema so that the documentation and the approval
/// test both come from the one definition.
/// </summary>
/// <param name="Value">Reads the column's value from a row; must return the CLR type <paramref name="Type"/> names, or null when <paramref name="Nullable"/>.</param>
public sealed record TableColumn<TRow>(string Name, ColumnType Type, bool Nullable, string Meaning, Func<TRow, object?> Value);
