using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Events and stop conditions are mappings whose kind is the key they hold ('propose:',
/// 'agreement:'): exactly one kind key must be present.
/// </summary>
internal static class KindKeys
{
    /// <summary>The one kind key present in <paramref name="mapping"/>; null, after reporting, when none or several are.</summary>
    /// <param name="noun">What the mapping is, with its article ("an event").</param>
    /// <param name="splitHint">How to write two kinds instead, for the message.</param>
    public static string? Single(YamlMappingReader mapping, IReadOnlyList<string> kinds, string noun, string splitHint)
    {
        var present = mapping.Keys.Where(k => kinds.Contains(k, StringComparer.Ordinal)).ToList();
        if (present.Count == 0)
        {
            mapping.Reader.Report(mapping.Node, $"{noun} must have one of {YamlNodeReader.Join(kinds)}; this one has none");
            return null;
        }

        if (present.Count > 1)
        {
            mapping.Reader.Report(
                mapping.KeyLocation(present[1]),
                $"{noun} holds exactly one of {YamlNodeReader.Join(kinds)}; this one has both '{present[0]}' and '{present[1]}': {splitHint}");
            return null;
        }

        return present[0];
    }
}
