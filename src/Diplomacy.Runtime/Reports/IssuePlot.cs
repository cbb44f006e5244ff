using Diplomacy.Model.World;
using Diplomacy.Runtime.Plots;
using ScottPlot;

namespace Diplomacy.Runtime.Reports;

/// <summary>One issue's plot as a report embeds it: the SVG markup, and the PNG and SVG files written beside the report.</summary>
public sealed record IssuePlot(Issue Issue, string Svg, string PngPath, string SvgPath)
{
    /// <summary>Draws and saves one plot per issue (<see cref="PlotFiles.SaveAll"/>) and returns them in the issues' order.</summary>
    public static IReadOnlyList<IssuePlot> WriteAll(IReadOnlyList<Issue> issues, Func<Issue, Plot> draw, string directory, string baseName)
    {
        var files = PlotFiles.SaveAll(issues.Count, i => (draw(issues[i]), baseName + "-" + PlotFiles.Slug(issues[i].Id)), directory);
        return [.. issues.Select((issue, i) => new IssuePlot(issue, File.ReadAllText(files[i].Svg), files[i].Png, files[i].Svg))];
    }

    public string PngFile => Path.GetFileName(PngPath);

    public string SvgFile => Path.GetFileName(SvgPath);

    /// <summary>The files a list of plots wrote followed by the report, as the output writers return them.</summary>
    public static IReadOnlyList<string> Files(IEnumerable<IssuePlot> plots, string report) =>
        [.. plots.SelectMany(p => new[] { p.PngPath, p.SvgPath }), report];
}
