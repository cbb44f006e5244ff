using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>Writes a plot as PNG and SVG side by side, at a size where its labels stay legible. The SVG loses dash patterns (see <see cref="DrawDashesSolid"/>).</summary>
public static class PlotFiles
{
    public const int Width = 1280;
    public const int Height = 760;

    /// <returns>Paths of the PNG and the SVG written.</returns>
    public static (string Png, string Svg) Save(Plot plot, string directory, string baseName)
    {
        Directory.CreateDirectory(directory);
        var png = Path.Combine(directory, baseName + ".png");
        var svg = Path.Combine(directory, baseName + ".svg");
        plot.SavePng(png, Width, Height);
        DrawDashesSolid(plot);
        plot.SaveSvg(svg, Width, Height);
        return (png, svg);
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
