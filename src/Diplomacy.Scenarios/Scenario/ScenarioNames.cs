using System.Text.RegularExpressions;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Names the scenario gives (its own, its forums'): they become folder names and trace fields,
/// so they are limited to lower-case letters, digits and '-'.
/// </summary>
public static partial class ScenarioNames
{
    public static string? Read(YamlNodeReader reader, YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var name = reader.String(node, what);
        if (name is null)
        {
            return null;
        }

        if (name.Length > ScenarioLimits.MaxNameLength || !Pattern().IsMatch(name))
        {
            reader.Report(
                node,
                $"{what} must be lower-case letters, digits and '-', starting with a letter or digit, at most {ScenarioLimits.MaxNameLength} characters; got '{name}'");
            return null;
        }

        return name;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
