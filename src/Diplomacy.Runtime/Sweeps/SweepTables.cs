using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Tables;
using Diplomacy.Scenarios.Parameters;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>One row of the runs table: a run's record, the parameter set it played and the command that reruns it alone.</summary>
public sealed record SweepRunRow(SweepRecord Record, ParameterSet Set, string Rerun);

/// <summary>One row of the finals table: where an actor stood on an issue at the start and the end of a run.</summary>
public sealed record FinalRow(int Run, string Actor, string Issue, double Start, double End);

/// <summary>
/// The tables every sweep writes as its runs finish, in run order (docs/sweep-outputs.md):
/// <c>runs</c>, one row per run, with a column per swept parameter and per issue in play, and
/// <c>finals</c>, one row per run, actor and issue.
/// </summary>
public static class SweepTables
{
    public const string Runs = "runs";
    public const string Finals = "finals";

    public static TableSchema<SweepRunRow> RunsSchema(Sweep sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var columns = new List<TableColumn<SweepRunRow>>
        {
            new("run", ColumnType.Int32, false, "run number in the sweep, from 1; tables are in this order", r => r.Record.Run.Number),
            new("set", ColumnType.Int32, false, "parameter set, from 1", r => r.Record.Run.Set),
            new("replicate", ColumnType.Int32, false, "replicate within the set, from 1", r => r.Record.Run.Replicate),
            new("seed", ColumnType.Int32, false, "seed the run used (listed, or derived from the sweep's seed and the replicate)", r => r.Record.Run.Seed),
        };
        foreach (var parameter in sweep.Paths)
        {
            var path = parameter.Path;
            columns.Add(parameter.Numeric
                ? new(path, ColumnType.Double, true, "value of this parameter in the run; empty when the set leaves it as the scenario has it", r => ValueOf(r.Set, path)?.Number)
                : new(path, ColumnType.Text, true, "value of this parameter in the run; empty when the set leaves it as the scenario has it", r => ValueOf(r.Set, path)?.Text));
        }

        columns.Add(new("rounds", ColumnType.Int32, true, "rounds played; empty for a failed run", r => r.Record.RoundsRun));
        columns.Add(new("stopped_by", ColumnType.Text, true, "the stop condition that ended the run early; empty when it ran every round or failed", r => r.Record.StoppedBy));
        foreach (var issue in sweep.Scenario.Issues)
        {
            columns.Add(new($"agreed_{issue}", ColumnType.Int32, true, $"round of the first agreement settling {issue}; empty when none", r => r.Record.AgreedRound(issue)));
        }

        columns.Add(new("agreements", ColumnType.Text, false, "every agreement as JSON: [{round, from, to, terms: {issue: position}}]", r => r.Record.AgreementsJson()));
        columns.Add(new("error", ColumnType.Text, true, "why the run failed; empty when it did not", r => r.Record.Error));
        columns.Add(new("rerun", ColumnType.Text, false, "the command that runs this run alone and writes the same trace", r => r.Rerun));
        return new TableSchema<SweepRunRow>(Runs, columns);
    }

    public static TableSchema<FinalRow> FinalsSchema { get; } = new(Finals,
    [
        new("run", ColumnType.Int32, false, "run number in the sweep (a row of the runs table)", r => r.Run),
        new("actor", ColumnType.Text, false, "actor id from the world file", r => r.Actor),
        new("issue", ColumnType.Text, false, "issue id from the world file", r => r.Issue),
        new("start", ColumnType.Double, false, "position at round 0 (after any uncertainty draw)", r => r.Start),
        new("end", ColumnType.Double, false, "position after the last round played", r => r.End),
    ]);

    private static ParameterValue? ValueOf(ParameterSet set, string path) =>
        set.Settings.LastOrDefault(s => s.Parameter.Path == path)?.Value;
}
