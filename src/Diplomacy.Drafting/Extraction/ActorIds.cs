namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// Gives each actor a lower-kebab-case id: a state or a known organisation its gazetteer id, a
/// person the surname ("trump"), a group its name ("european-signatories"). A clash takes the
/// full name, then a number, in a fixed order, so ids never depend on hashing.
/// </summary>
internal static class ActorIds
{
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<ActorDraft> actors)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var actor in actors.OrderBy(a => a.FirstOffset).ThenBy(a => a.Key, StringComparer.Ordinal))
        {
            number++;
            var kind = actor.Key[..actor.Key.IndexOf(':', StringComparison.Ordinal)];
            var rest = actor.Key[(kind.Length + 1)..];
            var preferred = kind switch
            {
                "state" or "org" => Slug.Of(rest),
                "group" => Slug.Of(actor.IsCoalition ? $"{actor.Name} signatories" : $"{actor.Name} {actor.GroupNouns.FirstOrDefault() ?? "states"}"),
                _ => Slug.Of(rest),
            };
            var candidates = new[] { preferred, Slug.Of(actor.Name) }.Where(c => c.Length > 0).Append($"actor-{number}");
            var id = candidates.FirstOrDefault(c => !used.Contains(c)) ?? $"{preferred}-{number}";
            used.Add(id);
            ids.Add(actor.Key, id);
        }

        return ids;
    }
}
