using System.Globalization;
using Diplomacy.Model.World;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>How a red line and a position read in messages: <c>[0, 10] (“ruled out NATO membership”)</c>.</summary>
internal static class RedLineText
{
    public static string Describe(RedLine line) =>
        line.Quote is null ? $"[{Number(line.Minimum)}, {Number(line.Maximum)}]" : $"[{Number(line.Minimum)}, {Number(line.Maximum)}] (“{line.Quote}”)";

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
