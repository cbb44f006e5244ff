using Diplomacy.Drafting.Gazetteers;
using Diplomacy.Model.World;

namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// Every actor found so far, by key, and every mention of them. Asking for an actor that exists
/// returns it, so all mentions of one state, group or person (by surname) merge into one actor.
/// </summary>
public sealed class ActorTable(Gazetteer gazetteer)
{
    private readonly Dictionary<string, ActorDraft> _actors = new(StringComparer.Ordinal);
    private readonly List<Mention> _mentions = [];

    // Mentions by sentence, so that each sentence's rules look at its own mentions only (linear in the article).
    private readonly Dictionary<int, List<Mention>> _bySentence = [];

    // "Europe" stands for the region's group only when the article forms one; decided at the end.
    private readonly List<Mention> _regionMentions = [];

    public IReadOnlyCollection<ActorDraft> Actors => _actors.Values;

    public IReadOnlyList<Mention> Mentions => _mentions;

    public ActorDraft? Find(string key) => _actors.GetValueOrDefault(key);

    public ActorDraft State(string id, int offset) =>
        GetOrAdd("state:" + id, () => new ActorDraft("state:" + id, ActorKind.State, gazetteer.States[id].Name, offset));

    public ActorDraft Organisation(string id, int offset) =>
        GetOrAdd("org:" + id, () =>
        {
            var entry = gazetteer.Organisations[id];
            return new ActorDraft("org:" + id, ActorKind.Organisation, entry.Name, offset) { Role = entry.Role };
        });

    /// <summary>An organisation the gazetteers do not know, named by the article ("Ilko Kucheriv Democratic Initiatives Foundation").</summary>
    public ActorDraft NamedOrganisation(string name, int offset) =>
        GetOrAdd("org:" + Slug.Of(name), () => new ActorDraft("org:" + Slug.Of(name), ActorKind.Organisation, name, offset));

    /// <summary>The group of a region ("European allies", or the European signatories of a joint statement).</summary>
    public ActorDraft Group(string regionId, int offset) =>
        GetOrAdd("group:" + regionId, () => new ActorDraft("group:" + regionId, ActorKind.Organisation, gazetteer.Regions[regionId].Demonym, offset));

    /// <summary>The person with this surname, created with <paramref name="fullName"/> if new; a fuller name replaces a surname-only one.</summary>
    public ActorDraft Person(string surname, string fullName, int offset)
    {
        var person = GetOrAdd("person:" + surname, () => new ActorDraft("person:" + surname, ActorKind.Leader, fullName, offset));
        if (fullName.Length > person.Name.Length && fullName.EndsWith(surname, StringComparison.Ordinal))
        {
            person.Name = fullName;
        }

        return person;
    }

    public IEnumerable<ActorDraft> People => _actors.Values.Where(a => a.Key.StartsWith("person:", StringComparison.Ordinal));

    public void Mention(Mention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        if (mention.ActorKey.StartsWith("region:", StringComparison.Ordinal))
        {
            _regionMentions.Add(mention);
            return;
        }

        _mentions.Add(mention);
        if (!_bySentence.TryGetValue(mention.Sentence, out var inSentence))
        {
            inSentence = [];
            _bySentence.Add(mention.Sentence, inSentence);
        }

        inSentence.Add(mention);
        _actors[mention.ActorKey].MentionCount++;
    }

    /// <summary>Turns each bare region name ("Europe") into a mention of that region's group, where the article forms one.</summary>
    public void ResolveRegions()
    {
        foreach (var mention in _regionMentions)
        {
            var group = "group:" + mention.ActorKey["region:".Length..];
            if (_actors.ContainsKey(group))
            {
                Mention(mention with { ActorKey = group });
            }
        }

        _regionMentions.Clear();
    }

    public IReadOnlyList<Mention> MentionsIn(int sentence) =>
        _bySentence.TryGetValue(sentence, out var mentions) ? mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToList() : [];

    private ActorDraft GetOrAdd(string key, Func<ActorDraft> create)
    {
        if (!_actors.TryGetValue(key, out var actor))
        {
            actor = create();
            _actors.Add(key, actor);
        }

        return actor;
    }
}
