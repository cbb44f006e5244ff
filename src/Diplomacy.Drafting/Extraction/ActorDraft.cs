using Diplomacy.Model.World;

namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// An actor the article names, as the rules have pieced it together so far: every mention of
/// the same state, organisation, group or person (by surname) lands on one of these.
/// </summary>
public sealed class ActorDraft(string key, ActorKind kind, string name, int firstOffset)
{
    /// <summary>Internal identity: "state:ukraine", "org:nato", "group:europe", "person:trump".</summary>
    public string Key { get; } = key;

    public ActorKind Kind { get; set; } = kind;

    public string Name { get; set; } = name;

    /// <summary>The office or what the actor is, when the article or a gazetteer says; null leaves it a draft.</summary>
    public string? Role { get; set; }

    /// <summary>Key of the state or organisation the actor belongs to, when the article says so.</summary>
    public string? MemberOfKey { get; set; }

    /// <summary>For a person, the title as written before the name ("Defense Secretary").</summary>
    public string? Title { get; set; }

    /// <summary>Where the article first names the actor; actors are listed in this order within their kind.</summary>
    public int FirstOffset { get; } = firstOffset;

    /// <summary>For a group: the people nouns the article uses ("allies", "leaders"), in order of first use.</summary>
    public List<string> GroupNouns { get; } = [];

    /// <summary>For a joint statement's signatories: the member states' keys.</summary>
    public List<string> Members { get; } = [];

    /// <summary>True when a joint statement made the group (its members signed together).</summary>
    public bool IsCoalition { get; set; }

    /// <summary>How often the article refers to the actor.</summary>
    public int MentionCount { get; set; }
}
