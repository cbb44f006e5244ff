using System.Globalization;
using Diplomacy.Drafting.Writing;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Drafting.Review;

/// <summary>
/// A world file's text and where each entry and value sits in it, so that review can change a
/// value, add or remove a key, or drop an entry by editing those characters alone: comments,
/// order, blank lines and every untouched byte stay as they were (the file is never
/// re-serialised). Every edit returns the new text; parse it again before the next one.
/// </summary>
public sealed class WorldDocument
{
    private readonly YamlMappingNode _root;
    private readonly int[] _lineStarts;

    private WorldDocument(string file, string text, YamlMappingNode root)
    {
        File = file;
        Text = text;
        _root = root;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string File { get; }

    public string Text { get; }

    /// <summary>Parses <paramref name="text"/> (already checked by the world loader); throws <see cref="Diplomacy.Scenarios.Errors.InputException"/> when it is not YAML.</summary>
    public static WorldDocument Parse(string file, string text)
    {
        var parsed = YamlDocumentReader.Parse(text, file);
        return parsed.Root is YamlMappingNode root
            ? new WorldDocument(file, text, root)
            : throw new InvalidOperationException("a world file's root is a mapping; load it with the world reader first");
    }

    /// <summary>The entries of a list ("actors", "issues", "stances"), in file order.</summary>
    public IReadOnlyList<YamlMappingNode> Entries(string section) =>
        _root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().ToList()
            : [];

    /// <summary>The text of <paramref name="key"/> in <paramref name="entry"/>, or null.</summary>
    public static string? Value(YamlMappingNode entry, string key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
    }

    /// <summary>The 1-based line <paramref name="entry"/> starts on.</summary>
    public static int LineOf(YamlMappingNode entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (int)entry.Start.Line;
    }

    /// <summary>The other candidate quotes that seed init listed under a stance (<c># or: ...</c> lines).</summary>
    public IReadOnlyList<string> Alternatives(YamlMappingNode entry)
    {
        var (first, last) = BlockLines(entry);
        var alternatives = new List<string>();
        for (var line = first; line <= last; line++)
        {
            var text = LineText(line).TrimStart();
            if (text.StartsWith(DraftWorldWriter.AlternativePrefix, StringComparison.Ordinal))
            {
                alternatives.Add(text[DraftWorldWriter.AlternativePrefix.Length..]);
            }
        }

        return alternatives;
    }

    /// <summary>
    /// Sets keys of <paramref name="entry"/>: a present key gets the new value in place, a missing
    /// one is written on a new line after <paramref name="insertAfter"/> (or the entry's last key),
    /// and a null value removes the key's line. With <paramref name="dropAlternatives"/> the
    /// <c># or:</c> lines go too (the choice is made).
    /// </summary>
    public string Set(YamlMappingNode entry, IReadOnlyList<KeyValuePair<string, string?>> values, string? insertAfter = null, bool dropAlternatives = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(values);
        var edits = new List<(int Start, int End, string Text)>();
        var inserts = new List<string>();
        var indent = new string(' ', (int)entry.Start.Column - 1);
        foreach (var (key, value) in values)
        {
            var pair = entry.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == key);
            if (pair.Key is null)
            {
                if (value is not null)
                {
                    inserts.Add($"{indent}{key}: {value}\n");
                }
            }
            else if (value is null)
            {
                var first = (int)pair.Key.Start.Line;
                var last = EndLine(pair.Value);
                edits.Add((_lineStarts[first - 1], LineEnd(last), string.Empty));
            }
            else
            {
                edits.Add(((int)pair.Value.Start.Index, (int)pair.Value.End.Index, value));
            }
        }

        if (inserts.Count > 0)
        {
            var anchor = entry.Children.LastOrDefault(c => insertAfter is null || (c.Key is YamlScalarNode k && k.Value == insertAfter));
            var at = LineEnd(EndLine(anchor.Value ?? entry));
            edits.Add((at, at, string.Concat(inserts)));
        }

        if (dropAlternatives)
        {
            var (first, last) = BlockLines(entry);
            for (var line = first; line <= last; line++)
            {
                if (LineText(line).TrimStart().StartsWith(DraftWorldWriter.AlternativePrefix, StringComparison.Ordinal))
                {
                    edits.Add((_lineStarts[line - 1], LineEnd(line), string.Empty));
                }
            }
        }

        return Apply(edits);
    }

    /// <summary>The text without <paramref name="entry"/>: its lines, its <c># or:</c> lines and the comment lines just above it.</summary>
    public string Remove(YamlMappingNode entry)
    {
        var (first, last) = BlockLines(entry);
        var top = first;
        var itemIndent = Indent(LineText(first));
        while (top > 1 && LineText(top - 1).TrimStart() is { } above && above.StartsWith('#') && !above.StartsWith("# ----", StringComparison.Ordinal)
               && Indent(LineText(top - 1)) == itemIndent)
        {
            top--;
        }

        return Apply([(_lineStarts[top - 1], LineEnd(last), string.Empty)]);
    }

    /// <summary>A number as the files write it: shortest round-trip form, invariant culture.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Text as a YAML scalar that reads back as the same text.</summary>
    public static string Scalar(string text) => YamlScalar.Of(text);

    /// <summary>The lines of an entry: from its "- " line to its last value, plus comment lines indented under it.</summary>
    private (int First, int Last) BlockLines(YamlMappingNode entry)
    {
        var first = (int)entry.Start.Line;
        var last = EndLine(entry);
        var itemIndent = Indent(LineText(first));
        while (last < _lineStarts.Length && LineText(last + 1) is { } next && next.TrimStart().StartsWith('#') && Indent(next) > itemIndent)
        {
            last++;
        }

        return (first, last);
    }

    /// <summary>The 1-based line a node's text ends on (a block mapping or list ends with its last item).</summary>
    private int EndLine(YamlNode node) => node switch
    {
        YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } mapping when mapping.Children.Count > 0 => EndLine(mapping.Children.Last().Value),
        YamlSequenceNode { Style: not YamlDotNet.Core.Events.SequenceStyle.Flow } list when list.Children.Count > 0 => EndLine(list.Children.Last()),
        _ => LineAt((int)Math.Max(node.Start.Index, node.End.Index - 1)),
    };

    private int LineAt(int index)
    {
        var found = Array.BinarySearch(_lineStarts, index);
        return (found >= 0 ? found : ~found - 1) + 1;
    }

    private string LineText(int line) =>
        line < 1 || line > _lineStarts.Length ? string.Empty : Text[_lineStarts[line - 1]..(line < _lineStarts.Length ? _lineStarts[line] : Text.Length)].TrimEnd('\n', '\r');

    private int LineEnd(int line) => line < _lineStarts.Length ? _lineStarts[line] : Text.Length;

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private string Apply(List<(int Start, int End, string Text)> edits)
    {
        var text = Text;
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.End))
        {
            text = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));
        }

        return text;
    }
}
