using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Follows who is excluded, round by round and in file order within a round, to catch an exclude
/// of an actor already out or an include of one never excluded: almost always a typo in the round
/// or the id, which a silent no-op would hide.
/// </summary>
internal sealed class ExclusionTimeline(YamlNodeReader reader)
{
    private readonly List<(int Round, bool Exclude, string Actor, SourceLocation Location)> _changes = [];

    public void Add(int round, bool exclude, string actor, SourceLocation location) =>
        _changes.Add((round, exclude, actor, location));

    public void Check()
    {
        var excludedSince = new Dictionary<string, int>(StringComparer.Ordinal);

        // OrderBy is stable, so events of one round keep their file order.
        foreach (var (round, exclude, actor, location) in _changes.OrderBy(c => c.Round))
        {
            var isExcluded = excludedSince.TryGetValue(actor, out var since);
            if (exclude && isExcluded)
            {
                reader.Report(location, $"'{actor}' is already excluded (since round {since}); include it first or drop this exclude");
            }
            else if (!exclude && !isExcluded)
            {
                reader.Report(location, $"'{actor}' is not excluded at round {round}, so there is nothing to include; exclude it in an earlier event or drop this include");
            }
            else if (exclude)
            {
                excludedSince[actor] = round;
            }
            else
            {
                excludedSince.Remove(actor);
            }
        }
    }
}
