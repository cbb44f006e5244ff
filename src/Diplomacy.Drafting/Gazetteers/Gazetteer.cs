using System.Reflection;
using Diplomacy.Drafting.Text;

namespace Diplomacy.Drafting.Gazetteers;

/// <summary>
/// The data the drafting rules use, read from the tab-separated files shipped inside this
/// assembly (Gazetteers/*.tsv): states with their other names, demonyms and capitals,
/// organisations, regions, titles, attribution verbs, topic keywords and word lists. Nothing is
/// fetched: the same files give the same draft everywhere.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> ShippedInstance = new(() => new Gazetteer(ReadResource));

    private Gazetteer(Func<string, IReadOnlyList<string[]>> read)
    {
        var names = new List<KeyValuePair<string, KnownName>>();
        foreach (var row in read("states.tsv"))
        {
            var (id, name, others, demonyms, capitals, region) = (row[0], row[1], Split(row[2]), Split(row[3]), Split(row[4]), row[5]);
            States.Add(id, new StateEntry(id, name, region, demonyms.FirstOrDefault()));
            var state = new KnownName(NameKind.State, id);
            names.AddRange(new[] { name }.Concat(others).Concat(capitals).Select(n => KeyValuePair.Create(n, state)));
            foreach (var demonym in demonyms)
            {
                names.Add(KeyValuePair.Create(demonym, new KnownName(NameKind.Demonym, id)));
                if (demonym.EndsWith("an", StringComparison.Ordinal) || demonym.EndsWith('i'))
                {
                    // Ukrainians, Israelis: the people for the state.
                    names.Add(KeyValuePair.Create(demonym + "s", state));
                }
            }
        }

        foreach (var row in read("organisations.tsv"))
        {
            var (id, name, others, role) = (row[0], row[1], Split(row[2]), row[3]);
            Organisations.Add(id, new OrganisationEntry(id, name, role));
            var organisation = new KnownName(NameKind.Organisation, id);
            names.AddRange(new[] { name }.Concat(others).Select(n => KeyValuePair.Create(n, organisation)));
        }

        foreach (var row in read("regions.tsv"))
        {
            var (id, name, demonyms) = (row[0], row[1], Split(row[2]));
            Regions.Add(id, new RegionEntry(id, name, demonyms[0]));
            names.Add(KeyValuePair.Create(name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name, new KnownName(NameKind.Region, id)));
            names.AddRange(demonyms.Select(d => KeyValuePair.Create(d, new KnownName(NameKind.RegionDemonym, id))));
        }

        Names = new PhraseIndex<KnownName>(names);
        var titles = read("titles.tsv").Select(r => KeyValuePair.Create(r[0], new TitleEntry(r[0], r[1] == "analyst"))).ToList();
        Titles = new PhraseIndex<TitleEntry>(titles);
        TitlesAnyCase = new PhraseIndex<TitleEntry>(titles, ignoreCase: true);
        Verbs = new PhraseIndex<VerbForm>(read("verbs.tsv").SelectMany(VerbForms), ignoreCase: true);
        Topics = read("topics.tsv").Select(r => new TopicEntry(r[0], r[1], Split(r[2]))).ToList();

        var words = read("words.tsv").ToDictionary(r => r[0], r => Split(r[1]), StringComparer.Ordinal);
        GroupNouns = Set(words["group-nouns"], ignoreCase: true);
        StanceNouns = new PhraseIndex<bool>(words["stance-nouns"].Select(w => KeyValuePair.Create(w, true)), ignoreCase: true);
        SourceNouns = Set(words["source-nouns"], ignoreCase: true);
        OrganisationSuffixes = Set(words["org-suffixes"], ignoreCase: false);
        EventSuffixes = Set(words["event-suffixes"], ignoreCase: false);
        AnalystCues = Cues(words["analyst-cues"]);
        SpeakerCues = Cues(words["speaker-cues"]);
        NameStopWords = Set(words["name-stopwords"], ignoreCase: false);
        PersonGroups = Set(words["person-groups"], ignoreCase: true);
        Pronouns = Set(words["pronouns"], ignoreCase: false);
        BridgeWords = Set(words["bridge-words"], ignoreCase: true);
        ClauseBoundaries = Cues(words["clause-boundaries"]);
        JointNouns = Cues(words["joint-nouns"]);
    }

    /// <summary>The gazetteers shipped with the project.</summary>
    public static Gazetteer Shipped => ShippedInstance.Value;

    public Dictionary<string, StateEntry> States { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, OrganisationEntry> Organisations { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RegionEntry> Regions { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of states, organisations and regions and their demonyms, case-sensitive.</summary>
    public PhraseIndex<KnownName> Names { get; }

    /// <summary>Titles as written before a name ("Defense Secretary"), case-sensitive.</summary>
    public PhraseIndex<TitleEntry> Titles { get; }

    /// <summary>Titles in any case, for "the U.S. president".</summary>
    public PhraseIndex<TitleEntry> TitlesAnyCase { get; }

    public PhraseIndex<VerbForm> Verbs { get; }

    public IReadOnlyList<TopicEntry> Topics { get; }

    public IReadOnlySet<string> GroupNouns { get; }

    public PhraseIndex<bool> StanceNouns { get; }

    public IReadOnlySet<string> SourceNouns { get; }

    public IReadOnlySet<string> OrganisationSuffixes { get; }

    public IReadOnlySet<string> EventSuffixes { get; }

    public PhraseIndex<bool> AnalystCues { get; }

    public PhraseIndex<bool> SpeakerCues { get; }

    public IReadOnlySet<string> NameStopWords { get; }

    public IReadOnlySet<string> Pronouns { get; }

    public IReadOnlySet<string> PersonGroups { get; }

    public IReadOnlySet<string> BridgeWords { get; }

    public PhraseIndex<bool> ClauseBoundaries { get; }

    public PhraseIndex<bool> JointNouns { get; }

    /// <summary>Every form of a verbs.tsv row: the listed ones, or past, third person and participle derived from the lemma.</summary>
    internal static IEnumerable<KeyValuePair<string, VerbForm>> VerbForms(string[] row)
    {
        var (lemma, speech) = (row[0], row[1] == "speech");
        var space = lemma.IndexOf(' ', StringComparison.Ordinal);
        var (head, tail) = space < 0 ? (lemma, string.Empty) : (lemma[..space], lemma[space..]);
        var forms = row.Length > 2 && row[2].Length > 0
            ? Split(row[2])
            : [Past(head) + tail, ThirdPerson(head) + tail, Participle(head) + tail];
        return forms.Select(f => KeyValuePair.Create(f, new VerbForm(lemma, speech, f.Split(' ')[0].EndsWith("ing", StringComparison.Ordinal))))
            .Append(KeyValuePair.Create(lemma, new VerbForm(lemma, speech, IsParticiple: false, IsBase: true)));
    }

    private static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : EndsInConsonantY(verb) ? verb[..^1] + "ied"
        : verb + "ed";

    private static string ThirdPerson(string verb) =>
        EndsInConsonantY(verb) ? verb[..^1] + "ies"
        : verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('o') ? verb + "es"
        : verb + "s";

    private static string Participle(string verb) =>
        verb.EndsWith("ee", StringComparison.Ordinal) ? verb + "ing"
        : verb.EndsWith('e') ? verb[..^1] + "ing"
        : verb + "ing";

    private static bool EndsInConsonantY(string verb) =>
        verb.Length > 1 && verb[^1] == 'y' && "aeiou".IndexOf(verb[^2], StringComparison.Ordinal) < 0;

    private static string[] Split(string field) =>
        field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static HashSet<string> Set(IEnumerable<string> words, bool ignoreCase) =>
        new(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private static PhraseIndex<bool> Cues(IEnumerable<string> phrases) =>
        new(phrases.Select(p => KeyValuePair.Create(p, true)), ignoreCase: true);

    private static IReadOnlyList<string[]> ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Diplomacy.Drafting.Gazetteers." + name)
            ?? throw new InvalidOperationException($"the gazetteer {name} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }
}
