using ScottPlot;

namespace Diplomacy.Runtime.Plots;

/// <summary>How one actor's line looks, and the name written at its end.</summary>
/// <param name="Group">Legend section: states and organisations, leaders, or analysts.</param>
/// <param name="Coincides">Earlier actors whose whole path this one repeats, so the reader is told instead of seeing one line.</param>
public sealed record ActorStyle(
    Model.World.Actor Actor,
    Color Color,
    MarkerShape Shape,
    LinePattern Pattern,
    float LineWidth,
    string ShortName,
    ActorGroup Group,
    IReadOnlyList<Model.World.Actor> Coincides);
