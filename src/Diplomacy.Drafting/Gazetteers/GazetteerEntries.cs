namespace Diplomacy.Drafting.Gazetteers;

/// <summary>A state of states.tsv.</summary>
public sealed record StateEntry(string Id, string Name, string Region, string? Demonym);

/// <summary>An organisation of organisations.tsv; <see cref="Role"/> is what it is, used as its drafted role.</summary>
public sealed record OrganisationEntry(string Id, string Name, string Role);

/// <summary>A region of regions.tsv.</summary>
public sealed record RegionEntry(string Id, string Name, string Demonym);

/// <summary>A title of titles.tsv: whether its holder is drafted as a leader or an analyst.</summary>
public sealed record TitleEntry(string Title, bool IsAnalyst);

/// <summary>
/// A form of a verb of verbs.tsv: its lemma, whether it reports speech, whether this form is an
/// -ing participle, and whether it is the bare lemma ("may offer", "allies insist"), which is
/// also a noun ("an offer") and so counts only after a modal or a plural subject.
/// </summary>
public sealed record VerbForm(string Lemma, bool IsSpeech, bool IsParticiple, bool IsBase = false);

/// <summary>A topic of topics.tsv: a candidate issue and the words that put a statement under it.</summary>
public sealed record TopicEntry(string Id, string Title, IReadOnlyList<string> Keywords);
