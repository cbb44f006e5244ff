using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// A scenario is plain data. YAML tags such as <c>!!python/object</c> ask other readers to build
/// objects or run code; this reader never would, but reading the value as plain text and carrying
/// on would hide that the file was written for something else, so any tag is refused.
/// </summary>
public static class PlainData
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    public static void RejectTags(YamlNodeReader reader, YamlNode root)
    {
        // An alias makes the same node reachable twice (even from inside itself): visit each once.
        var visited = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!visited.Add(node))
            {
                continue;
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                reader.Report(node, $"YAML tags are not allowed in a scenario, which is plain data; remove '{Shorthand(node.Tag.Value)}'");
            }

            var children = node switch
            {
                YamlMappingNode mapping => mapping.Children.SelectMany(c => new[] { c.Key, c.Value }),
                YamlSequenceNode sequence => sequence.Children,
                _ => [],
            };
            foreach (var child in children.Reverse())
            {
                pending.Push(child);
            }
        }
    }

    // The parser expands '!!int' to its full name; show it as the user wrote it.
    private static string Shorthand(string tag) =>
        tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreTagPrefix.Length..] : tag;
}
