using System.Runtime.ExceptionServices;
using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>Writes a plot as PNG and SVG side by side, at a size where its labels stay legible. The SVG loses dash patterns (see <see cref="DrawDashesSolid"/>).</summary>
public static class PlotFiles
{
    public const int Width = 1280;
    public const int Height = 760;

    /// <returns>Paths of the PNG and the SVG written.</returns>
    public static (string Png, string Svg) Save(Plot plot, string directory, string baseName) =>
        (SavePng(plot, directory, baseName), SaveSvg(plot, directory, baseName));

    /// <summary>
    /// Draws and saves <paramref name="count"/> plots, each PNG beside its SVG, and returns their paths
    /// in order. The plots are drawn and rasterised to PNG as many at a time as there are cores
    /// (rasterising was over half of a short run's whole process); the SVGs follow one at a time, in
    /// order (<see cref="SaveSvg"/>), so every file's bytes are the same however the work was spread.
    /// </summary>
    /// <param name="draw">The plot and its file name (without extension) for each index.</param>
    public static IReadOnlyList<(string Png, string Svg)> SaveAll(int count, Func<int, (Plot Plot, string BaseName)> draw, string directory)
    {
        var drawn = new (Plot Plot, string BaseName, string Png)[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                var (plot, baseName) = draw(i);
                drawn[i] = (plot, baseName, SavePng(plot, directory, baseName));
            });
        }
        catch (AggregateException failure) when (failure.InnerExceptions.Count > 0)
        {
            // A full disk or a refused write is reported as itself, as when the plots were drawn one by one.
            ExceptionDispatchInfo.Throw(failure.InnerExceptions[0]);
        }

        return [.. drawn.Select(d => (d.Png, SaveSvg(d.Plot, directory, d.BaseName)))];
    }

    /// <summary>The PNG alone: its bytes do not depend on what else the process draws, so PNGs may be drawn side by side.</summary>
    public static string SavePng(Plot plot, string directory, string baseName)
    {
        Directory.CreateDirectory(directory);
        var png = Path.Combine(directory, baseName + ".png");
        plot.SavePng(png, Width, Height);
        return png;
    }

    /// <summary>
    /// The SVG, after the PNG (it makes the plot's dashes solid). Skia numbers an SVG's clip paths
    /// from one counter for the whole process, so SVGs drawn side by side would differ from run to
    /// run: draw them one at a time, in a fixed order.
    /// </summary>
    public static string SaveSvg(Plot plot, string directory, string baseName)
    {
        Directory.CreateDirectory(directory);
        var svg = Path.Combine(directory, baseName + ".svg");
        DrawDashesSolid(plot);
        plot.SaveSvg(svg, Width, Height);
        return svg;
    }

    /// <summary>
    /// Skia's SVG backend cannot draw dash patterns: it draws the line solid anyway and prints a
    /// warning per line, and per legend key, on standard error. Making them solid first keeps the console clean; marker
    /// shapes still tell the lines apart in the SVG.
    /// </summary>
    private static void DrawDashesSolid(Plot plot)
    {
        foreach (var line in plot.GetPlottables<ScottPlot.Plottables.Scatter>())
        {
            line.LinePattern = LinePattern.Solid;
        }

        foreach (var item in plot.Legend.ManualItems)
        {
            item.LinePattern = LinePattern.Solid;
        }
    }

    /// <summary>File-name-safe form of an id: letters, digits, '-' and '_' kept, anything else becomes '-'.</summary>
    public static string Slug(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
}
