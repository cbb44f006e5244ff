using Diplomacy.Contracts.Messages;
using Diplomacy.Model.World;

namespace Diplomacy.Grains;

/// <summary>Reads the model's red line back out of the flat stance message.</summary>
internal static class RedLines
{
    public static RedLine? RedLine(this IssueStance stance) =>
        stance.RedLineMinimum is { } minimum && stance.RedLineMaximum is { } maximum ? new RedLine(minimum, maximum) : null;
}
