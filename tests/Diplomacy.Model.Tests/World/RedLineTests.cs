using Diplomacy.Model.World;

namespace Diplomacy.Model.Tests.World;

public sealed class RedLineTests
{
    [Theory]
    [InlineData(33, 60)]
    [InlineData(60, 60)]
    [InlineData(75.5, 75.5)]
    [InlineData(100, 90)]
    public void Clamp_keeps_an_allowed_position_and_stops_any_other_at_the_nearer_edge(double position, double expected)
    {
        var line = new RedLine(60, 90);

        var clamped = line.Clamp(position);

        Assert.Equal(expected, clamped);
        Assert.True(line.Allows(clamped));
    }
}
