using System.Text.RegularExpressions;
using Diplomacy.Drafting.Gazetteers;

namespace Diplomacy.Drafting.Extraction;

/// <summary>
/// Puts a statement under the topics (candidate issues) its words name: every topic of
/// topics.tsv with a keyword in the quote, in the order they appear (at most
/// <see cref="MostTopics"/>); when the quote names none, the first topic its sentence names.
/// </summary>
internal sealed class TopicMatcher
{
    public const int MostTopics = 3;

    private readonly List<(TopicEntry Topic, Regex Pattern)> _topics;

    public TopicMatcher(Gazetteer gazetteer)
    {
        _topics = gazetteer.Topics.Select(t => (t, Pattern(t.Keywords))).ToList();
    }

    /// <summary>The topics of a statement and, for each, the word that named it.</summary>
    public IReadOnlyList<(TopicEntry Topic, string Word)> TopicsOf(string quote, string sentence)
    {
        var inQuote = Ranked(quote).Take(MostTopics).ToList();
        return inQuote.Count > 0 ? inQuote : Ranked(sentence).Take(1).ToList();
    }

    private IEnumerable<(TopicEntry Topic, string Word)> Ranked(string text) =>
        _topics
            .Select(t => (t.Topic, Match: t.Pattern.Match(text)))
            .Where(t => t.Match.Success)
            .OrderBy(t => t.Match.Index)
            .Select(t => (t.Topic, t.Match.Value.ToLowerInvariant()));

    private static Regex Pattern(IEnumerable<string> keywords)
    {
        var alternatives = keywords.Select(k =>
        {
            var open = k.EndsWith('*');
            var words = (open ? k[..^1] : k).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
            var body = string.Join(@"[\s\-]+", words);
            var before = char.IsLetterOrDigit(k[0]) ? @"(?<![\p{L}\p{Nd}])" : string.Empty;
            var after = open ? @"[\p{L}\-]*" : @"(?![\p{L}\p{Nd}])";
            return before + body + after;
        });
        return new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
