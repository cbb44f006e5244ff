using System.Globalization;
using System.Text;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Scenarios.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// Writes a forecast's <c>positions.csv</c> and <c>summary.csv</c>. One issue:
/// <c>round,actor,position</c> and <c>round,median,mean</c>; several (KTAB dimensions): a
/// <c>dimension</c> column (1-based, in file order) after <c>round</c>. Round 0 is the input;
/// numbers are round-trip. Files are written to a hidden folder first and moved into place when
/// complete, so a crash never leaves output that looks finished.
/// </summary>
public static class ForecastFiles
{
    public const string PositionsFile = "positions.csv";
    public const string SummaryFile = "summary.csv";

    public static void Write(string directory, ForecastData data, IReadOnlyList<IReadOnlyList<BdmRound>> forecasts)
    {
        var multi = data.Issues.Count > 1;
        var positions = new StringBuilder(multi ? "round,dimension,actor,position\n" : "round,actor,position\n");
        var summary = new StringBuilder(multi ? "round,dimension,median,mean\n" : "round,median,mean\n");
        for (var d = 0; d < data.Issues.Count; d++)
        {
            var issue = data.Issues[d];
            var dimension = multi ? $"{d + 1}," : string.Empty;
            var start = new BdmSnapshot(issue.Actors);
            for (var round = 0; round <= forecasts[d].Count; round++)
            {
                var (atRound, median, mean) = round == 0
                    ? ((IReadOnlyList<double>)ForecastReport.StartPositions(issue.Actors), ExpectedUtilityModel.Median(start), ExpectedUtilityModel.Mean(start))
                    : (forecasts[d][round - 1].Positions, forecasts[d][round - 1].Median, forecasts[d][round - 1].Mean);
                for (var i = 0; i < issue.Actors.Count; i++)
                {
                    positions.Append(CultureInfo.InvariantCulture, $"{round},{dimension}{Quote(issue.Actors[i].Name)},{Number(atRound[i])}\n");
                }

                summary.Append(CultureInfo.InvariantCulture, $"{round},{dimension}{Number(median)},{Number(mean)}\n");
            }
        }

        Publish(directory, [new OutputFile(PositionsFile, positions.ToString()), new OutputFile(SummaryFile, summary.ToString())]);
    }

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static void Publish(string directory, OutputFile[] files)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (File.Exists(target))
        {
            throw new UsageException($"--out '{directory}' is a file; expected a folder");
        }

        var parent = Path.GetDirectoryName(target) ?? target;
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            foreach (var (name, content) in files)
            {
                File.WriteAllText(Path.Combine(staging, name), content);
            }

            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
                return;
            }

            // An existing folder may hold other files: replace ours one by one, the summary last.
            foreach (var file in files)
            {
                File.Move(Path.Combine(staging, file.Name), Path.Combine(target, file.Name), overwrite: true);
            }

            Directory.Delete(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the forecast to '{directory}': {e.Message}");
        }
    }
}
