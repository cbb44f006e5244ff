using System.Globalization;
using System.Text;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>The human-readable forecast: per round its median, mean and moves, then a table of positions.</summary>
public static class ForecastReport
{
    public static string Render(ForecastData data, IReadOnlyList<IReadOnlyList<BdmRound>> forecasts, string modelName, int rounds)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Forecast of {data.Title} with {modelName}, {rounds} rounds\n");
        for (var d = 0; d < data.Issues.Count; d++)
        {
            var issue = data.Issues[d];
            var actors = issue.Actors;
            text.Append('\n');
            if (data.Issues.Count > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"Dimension {d + 1} of {data.Issues.Count}: {issue.Name}\n");
            }

            var start = new BdmSnapshot(actors);
            text.Append(CultureInfo.InvariantCulture, $"Round 0: median {Short(ExpectedUtilityModel.Median(start))}, mean {Short(ExpectedUtilityModel.Mean(start))} ({actors.Count} actors)\n");
            IReadOnlyList<double> before = StartPositions(actors);
            for (var r = 0; r < forecasts[d].Count; r++)
            {
                var round = forecasts[d][r];
                text.Append(CultureInfo.InvariantCulture, $"Round {r + 1}: median {Short(round.Median)}, mean {Short(round.Mean)}\n");
                foreach (var move in round.Moves)
                {
                    if (move.Kind == MoveKind.None)
                    {
                        continue;
                    }

                    var who = actors[move.Actor].Name;
                    var whom = actors[move.Target].Name;
                    var what = move.Kind switch
                    {
                        MoveKind.Confront => $"{who} confronts {whom} and gives way",
                        MoveKind.Compromise => $"{who} compromises with {whom}",
                        _ => $"{who} capitulates to {whom}",
                    };
                    text.Append(CultureInfo.InvariantCulture,
                        $"  {what}: {Short(before[move.Actor])} -> {Short(move.Candidate)} (EU {Short(move.EuChallenge)} vs {Short(move.EuChallenged)})\n");
                }

                before = round.Positions;
            }

            AppendTable(text, actors, forecasts[d]);
        }

        return text.ToString();
    }

    private static void AppendTable(StringBuilder text, IReadOnlyList<BdmActor> actors, IReadOnlyList<BdmRound> rounds)
    {
        var nameWidth = 5;
        var width = 6;
        var cells = new string[actors.Count][];
        for (var i = 0; i < actors.Count; i++)
        {
            nameWidth = Math.Max(nameWidth, actors[i].Name.Length);
            var row = new string[rounds.Count + 1];
            row[0] = Short(actors[i].Position);
            for (var r = 0; r < rounds.Count; r++)
            {
                row[r + 1] = Short(rounds[r].Positions[i]);
            }

            foreach (var cell in row)
            {
                width = Math.Max(width, cell.Length);
            }

            cells[i] = row;
        }

        text.Append('\n').Append("Actor".PadRight(nameWidth));
        for (var r = 0; r <= rounds.Count; r++)
        {
            text.Append(' ').Append(r.ToString(CultureInfo.InvariantCulture).PadLeft(width));
        }

        text.Append('\n');
        for (var i = 0; i < actors.Count; i++)
        {
            text.Append(actors[i].Name.PadRight(nameWidth));
            foreach (var cell in cells[i])
            {
                text.Append(' ').Append(cell.PadLeft(width));
            }

            text.Append('\n');
        }
    }

    /// <summary>The actors' positions at round 0, in input order.</summary>
    public static double[] StartPositions(IReadOnlyList<BdmActor> actors)
    {
        var positions = new double[actors.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = actors[i].Position;
        }

        return positions;
    }

    private static string Short(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
