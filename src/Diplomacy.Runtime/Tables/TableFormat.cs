namespace Diplomacy.Runtime.Tables;

/// <summary>File format of the columnar output tables (stances, trace).</summary>
public enum TableFormat
{
    Csv,
    Parquet,
}
