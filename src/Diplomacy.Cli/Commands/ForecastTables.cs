using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>One row of a forecast's <c>positions.csv</c>: an actor's position after a round (round 0: the input).</summary>
/// <param name="Dimension">1-based KTAB dimension, in file order; null for a one-issue table.</param>
public sealed record ForecastPosition(int Round, int? Dimension, string Actor, double Position);

/// <summary>One row of a forecast's <c>summary.csv</c>: the median and weighted mean after a round.</summary>
public sealed record ForecastSummary(int Round, int? Dimension, double Median, double Mean);

/// <summary>
/// The forecast's two tables. One issue: <c>round,actor,position</c> and <c>round,median,mean</c>;
/// several (KTAB dimensions): a <c>dimension</c> column after <c>round</c>. Written by the run's
/// own CSV writer, so both commands spell values the same way.
/// </summary>
public static class ForecastTables
{
    public const string Positions = "positions";
    public const string Summary = "summary";

    public static TableSchema<ForecastPosition> PositionsSchema(bool dimensions) => new(Positions, Columns<ForecastPosition>(
        dimensions,
        new("round", ColumnType.Int32, false, "round the position holds after; 0 is the input", r => r.Round),
        new("dimension", ColumnType.Int32, false, "KTAB dimension, 1-based in file order", r => r.Dimension),
        new("actor", ColumnType.Text, false, "actor name from the table", r => r.Actor),
        new("position", ColumnType.Double, false, "position on the table's scale", r => r.Position)));

    public static TableSchema<ForecastSummary> SummarySchema(bool dimensions) => new(Summary, Columns<ForecastSummary>(
        dimensions,
        new("round", ColumnType.Int32, false, "round; 0 is the input", r => r.Round),
        new("dimension", ColumnType.Int32, false, "KTAB dimension, 1-based in file order", r => r.Dimension),
        new("median", ColumnType.Double, false, "median voter position (BDM)", r => r.Median),
        new("mean", ColumnType.Double, false, "mean position weighted by capability × salience", r => r.Mean)));

    // The dimension column (second) only when there are several.
    private static List<TableColumn<TRow>> Columns<TRow>(bool dimensions, params TableColumn<TRow>[] columns)
    {
        var kept = new List<TableColumn<TRow>>(columns);
        if (!dimensions)
        {
            kept.RemoveAt(1);
        }

        return kept;
    }
}
