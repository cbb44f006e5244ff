namespace Diplomacy.Runtime.Tables;

/// <summary>The value types a table column may hold; each maps to one CSV rendering and one Parquet physical type.</summary>
public enum ColumnType
{
    /// <summary>UTF-8 text (Parquet BYTE_ARRAY with the STRING annotation).</summary>
    Text,

    /// <summary>32-bit signed integer (Parquet INT32).</summary>
    Int32,

    /// <summary>64-bit signed integer (Parquet INT64).</summary>
    Int64,

    /// <summary>IEEE 754 double (Parquet DOUBLE); CSV writes the shortest text that reads back to the same bits.</summary>
    Double,
}
