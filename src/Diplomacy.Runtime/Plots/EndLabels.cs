using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>
/// Names written just right of the lines' last points, so a reader need not match colours with the
/// legend. Labels that would overlap are pushed apart, each joined to its point by a thin leader
/// line in the line's colour.
/// </summary>
public static class EndLabels
{
    public const float FontSize = 13;

    /// <summary>Label height in data units on the 0–100 axis at the plot's size (about 17 px at ~4.9 px a unit).</summary>
    private const double Gap = 3.6;

    public sealed record Entry(double X, double Y, string Text, Color Color);

    /// <summary>
    /// Each entry with the height its label is written at: in the entries' vertical order, at least
    /// a label's height apart, within [low, high]. Labels that would overlap form a block centred on
    /// the mean of their points, so a crowd of ends is labelled around where it is, not above it.
    /// </summary>
    public static IReadOnlyList<(Entry At, double Y)> Layout(IEnumerable<Entry> entries, double low, double high)
    {
        var sorted = entries.OrderBy(e => e.Y).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
        // More labels than the axis holds at full spacing are packed closer rather than pushed off the plot.
        var gap = sorted.Count > 1 ? Math.Min(Gap, (high - low) / (sorted.Count - 1)) : Gap;
        var blocks = new List<(int First, int Count, double Sum, double Bottom)>();
        for (var i = 0; i < sorted.Count; i++)
        {
            var block = (First: i, Count: 1, Sum: sorted[i].Y, Bottom: Fit(sorted[i].Y, 1, gap, low, high));
            while (blocks.Count > 0 && blocks[^1].Bottom + (blocks[^1].Count * gap) > block.Bottom + 1e-9)
            {
                var below = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                var count = below.Count + block.Count;
                var sum = below.Sum + block.Sum;
                block = (below.First, count, sum, Fit((sum / count) - ((count - 1) * gap / 2), count, gap, low, high));
            }

            blocks.Add(block);
        }

        var y = new double[sorted.Count];
        foreach (var block in blocks)
        {
            for (var k = 0; k < block.Count; k++)
            {
                y[block.First + k] = block.Bottom + (k * gap);
            }
        }

        return sorted.Select((e, i) => (e, y[i])).ToList();
    }

    /// <summary>The lowest label of a block of <paramref name="count"/>, moved so the whole block stays within [low, high].</summary>
    private static double Fit(double bottom, int count, double gap, double low, double high) =>
        Math.Max(low, Math.Min(bottom, high - ((count - 1) * gap)));

    /// <summary>
    /// Draws the labels <paramref name="offset"/> data units right of their points, or all right of
    /// <paramref name="column"/> when given; labels that share a column never overlap, so with
    /// different ends the layout is made per end column.
    /// </summary>
    public static void Add(Plot plot, IEnumerable<Entry> entries, double offset, double low, double high, double? column = null)
    {
        var placed = column is null
            ? entries.GroupBy(e => e.X).OrderBy(g => g.Key).SelectMany(g => Layout(g, low, high))
            : Layout(entries, low, high);
        foreach (var (at, y) in placed)
        {
            var x = (column ?? at.X) + offset;
            var leader = plot.Add.Line(at.X, at.Y, x - (offset * 0.15), y);
            leader.LineColor = at.Color;
            leader.LineWidth = 1;
            var label = plot.Add.Text(at.Text, x, y);
            label.LabelFontName = PlotFonts.Family;
            label.LabelFontSize = FontSize;
            label.LabelFontColor = Darker(at.Color);
            label.LabelAlignment = Alignment.MiddleLeft;
        }
    }

    /// <summary>Text in the line's hue but darker, so light hues (sky blue, yellow) stay legible on white.</summary>
    private static Color Darker(Color color) => color.Darken(0.3);
}
