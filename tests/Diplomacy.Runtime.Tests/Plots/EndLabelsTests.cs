using Diplomacy.Runtime.Plots;
using ScottPlot;

namespace Diplomacy.Runtime.Tests.Plots;

public sealed class EndLabelsTests
{
    [Fact]
    public void Crowded_ends_get_labels_a_line_apart_centred_on_the_crowd_in_their_vertical_order()
    {
        var ends = new[] { 30.0, 30.2, 29.8, 31, 70 }.Select((y, i) => new EndLabels.Entry(7, y, $"actor {i}", Colors.Black)).ToList();

        var placed = EndLabels.Layout(ends, -2, 102);

        var crowd = placed.Where(p => p.At.Y < 50).ToList();
        Assert.Equal(crowd.OrderBy(p => p.At.Y).Select(p => p.At.Text), crowd.OrderBy(p => p.Y).Select(p => p.At.Text));
        Assert.All(crowd.Zip(crowd.Skip(1)), pair => Assert.True(pair.Second.Y - pair.First.Y >= 3.5));
        Assert.InRange(crowd.Average(p => p.Y), 29, 31.5);
        Assert.Equal(70, placed.Single(p => p.At.Text == "actor 4").Y);
    }

    [Fact]
    public void Labels_stay_on_the_axis_even_when_more_ends_crowd_the_top_than_fit_at_full_spacing()
    {
        var ends = Enumerable.Range(0, 40).Select(i => new EndLabels.Entry(3, 99 + (i * 0.01), $"a{i}", Colors.Black)).ToList();

        var placed = EndLabels.Layout(ends, -2, 102);

        Assert.All(placed, p => Assert.InRange(p.Y, -2, 102 + 1e-9));
        Assert.Equal(40, placed.Select(p => Math.Round(p.Y, 6)).Distinct().Count());
    }
}
