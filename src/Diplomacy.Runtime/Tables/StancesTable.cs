using Diplomacy.Runtime.Results;

namespace Diplomacy.Runtime.Tables;

/// <summary>The <c>stances</c> table: a long table, one row per actor, issue and round. Documented in docs/trace-schema.md.</summary>
public static class StancesTable
{
    public const string Name = "stances";

    public static TableSchema<StanceRow> Schema { get; } = new(Name,
    [
        new("run", ColumnType.Text, false, "run id (scenario name and seed); the same in every table of one run", r => r.Run),
        new("seed", ColumnType.Int32, false, "seed the run used", r => r.Seed),
        new("round", ColumnType.Int32, false, "round the position holds after; 0 is the seeded start", r => r.Round),
        new("actor", ColumnType.Text, false, "actor id from the world file", r => r.Actor),
        new("issue", ColumnType.Text, false, "issue id from the world file", r => r.Issue),
        new("position", ColumnType.Double, false, "position on the issue's 0-100 scale", r => r.Position),
    ]);
}
