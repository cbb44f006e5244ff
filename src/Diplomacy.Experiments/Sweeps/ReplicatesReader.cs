using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Experiments.Sweeps;

/// <summary>
/// Reads a sweep file's 'replicates': a count (<c>replicates: 1000</c> or <c>{ count: 1000 }</c>,
/// seeds derived from the sweep's seed) or listed seeds (<c>{ seeds: [1, 2, 3] }</c> or
/// <c>{ seeds: { from: 1, to: 100 } }</c>). One replicate when it is left out.
/// </summary>
internal static class ReplicatesReader
{
    public static ReplicateSeeds? Read(YamlNodeReader reader, YamlMappingReader top, int seed)
    {
        if (top.Optional("replicates") is not { } node)
        {
            return ReplicateSeeds.Derived(1, seed);
        }

        if (node is YamlScalarNode)
        {
            return reader.Int(node, "'replicates'", 1, SweepLimits.MaxRuns) is { } count ? ReplicateSeeds.Derived(count, seed) : null;
        }

        if (reader.Mapping(node, "'replicates'", SweepKeys.Replicates) is not { } replicates)
        {
            return null;
        }

        if (replicates.Has("count") == replicates.Has("seeds"))
        {
            reader.Report(node, "'replicates' gives either 'count' (seeds derived from the sweep's seed) or 'seeds' (a list, or { from, to })");
            return null;
        }

        if (replicates.OptionalInt("count", 1, SweepLimits.MaxRuns) is { } counted)
        {
            return ReplicateSeeds.Derived(counted, seed);
        }

        return replicates.Optional("seeds") is { } seedsNode && ReadSeeds(reader, seedsNode) is { } seeds ? ReplicateSeeds.FromList(seeds, seed) : null;
    }

    private static List<int>? ReadSeeds(YamlNodeReader reader, YamlNode node)
    {
        if (node is YamlMappingNode)
        {
            if (reader.Mapping(node, "the range of 'seeds'", SweepKeys.SeedRange) is not { } range)
            {
                return null;
            }

            var from = range.RequiredInt("from", 0, int.MaxValue);
            var to = range.RequiredInt("to", 0, int.MaxValue);
            if (from is null || to is null)
            {
                return null;
            }

            if (to < from || (long)to - from + 1 > SweepLimits.MaxRuns)
            {
                reader.Report(node, $"the range of 'seeds' must have 'to' at or above 'from' and at most {SweepLimits.MaxRuns:N0} seeds; got {from} to {to}");
                return null;
            }

            return Enumerable.Range(0, to.Value - from.Value + 1).Select(k => from.Value + k).ToList();
        }

        if (reader.Sequence(node, "'seeds' of 'replicates'") is not { } items)
        {
            return null;
        }

        var seeds = new List<int>();
        foreach (var item in items)
        {
            if (reader.Int(item, "a seed in 'seeds'", 0, int.MaxValue) is { } seed)
            {
                if (seeds.Contains(seed))
                {
                    reader.Report(item, $"seed {seed} is listed twice in 'seeds'; a repeated seed repeats a run exactly");
                }

                seeds.Add(seed);
            }
        }

        if (items.Count == 0)
        {
            reader.Report(node, "'seeds' must list at least one seed");
        }

        return seeds.Count == items.Count && items.Count > 0 ? seeds : null;
    }
}
