using Diplomacy.Scenarios.Errors;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Yaml;

/// <summary>
/// Reads the values of one YAML mapping by key, reporting into the owning
/// <see cref="YamlNodeReader"/>. Obtain one through <see cref="YamlNodeReader.Mapping"/> (which
/// already rejected unknown keys). Required readers report a missing key at the mapping's start;
/// optional readers return null when the key is absent or explicitly null, but a present value of
/// the wrong type is always reported, never replaced by a default.
/// </summary>
public sealed class YamlMappingReader
{
    private readonly YamlNodeReader _reader;
    private readonly List<(YamlScalarNode Key, YamlNode Value)> _entries;

    internal YamlMappingReader(YamlNodeReader reader, YamlMappingNode node, string what)
    {
        _reader = reader;
        Node = node;
        What = what;
        _entries = node.Children.Select(c => (Key: c.Key as YamlScalarNode, c.Value))
            .Where(c => c.Key is not null)
            .Select(c => (c.Key!, c.Value))
            .ToList();
        foreach (var nonScalarKey in node.Children.Keys.Where(k => k is not YamlScalarNode))
        {
            reader.Report(nonScalarKey, $"keys of {what} must be plain words; got {YamlNodeReader.Describe(nonScalarKey)}");
        }
    }

    /// <summary>The mapping node itself.</summary>
    public YamlMappingNode Node { get; }

    /// <summary>What the mapping is, as used in messages.</summary>
    public string What { get; }

    /// <summary>The reader errors go to (for checks that need it directly).</summary>
    public YamlNodeReader Reader => _reader;

    /// <summary>Where the mapping starts.</summary>
    public SourceLocation Location => _reader.Locate(Node);

    /// <summary>The keys present, in file order.</summary>
    public IReadOnlyList<string> Keys => _entries.Select(e => e.Key.Value ?? string.Empty).ToList();

    /// <summary>True when <paramref name="key"/> is present, even with a null value.</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>The value node of <paramref name="key"/>, or null when absent.</summary>
    public YamlNode? Value(string key) => Find(key)?.Value;

    /// <summary>Where <paramref name="key"/>'s value starts, or the mapping's start when the key is absent.</summary>
    public SourceLocation LocationOf(string key) => LocateOrStart(Find(key)?.Value);

    /// <summary>Where <paramref name="key"/> itself is written, or the mapping's start when the key is absent.</summary>
    public SourceLocation KeyLocation(string key) => LocateOrStart(Find(key)?.Key);

    /// <summary>The value of a key that must be present; null, after reporting, when it is missing or explicitly null.</summary>
    public YamlNode? Required(string key)
    {
        var entry = Find(key);
        if (entry is null)
        {
            _reader.Report(Node, $"{What} is missing '{key}'");
            return null;
        }

        if (YamlNodeReader.IsNull(entry.Value.Value))
        {
            _reader.Report(entry.Value.Value, $"'{key}' of {What} must have a value");
            return null;
        }

        return entry.Value.Value;
    }

    /// <summary>The value of an optional key; null when absent or explicitly null.</summary>
    public YamlNode? Optional(string key)
    {
        var value = Value(key);
        return value is null || YamlNodeReader.IsNull(value) ? null : value;
    }

    public string? RequiredString(string key) => Read(Required(key), node => _reader.String(node, Label(key)));

    public string? OptionalString(string key) => Read(Optional(key), node => _reader.String(node, Label(key)));

    public double? RequiredDouble(string key, double minimum = double.MinValue, double maximum = double.MaxValue) =>
        ReadValue(Required(key), node => _reader.Double(node, Label(key), minimum, maximum));

    public double? OptionalDouble(string key, double minimum = double.MinValue, double maximum = double.MaxValue) =>
        ReadValue(Optional(key), node => _reader.Double(node, Label(key), minimum, maximum));

    public int? RequiredInt(string key, int minimum = int.MinValue, int maximum = int.MaxValue) =>
        ReadValue(Required(key), node => _reader.Int(node, Label(key), minimum, maximum));

    public int? OptionalInt(string key, int minimum = int.MinValue, int maximum = int.MaxValue) =>
        ReadValue(Optional(key), node => _reader.Int(node, Label(key), minimum, maximum));

    public bool? RequiredBool(string key) => ReadValue(Required(key), node => _reader.Bool(node, Label(key)));

    public bool? OptionalBool(string key) => ReadValue(Optional(key), node => _reader.Bool(node, Label(key)));

    /// <summary>An enum member written as its lower-kebab-case name; see <see cref="YamlNodeReader.Word{TEnum}"/>.</summary>
    public TEnum? RequiredWord<TEnum>(string key)
        where TEnum : struct, Enum => ReadValue(Required(key), node => _reader.Word<TEnum>(node, Label(key)));

    public TEnum? OptionalWord<TEnum>(string key)
        where TEnum : struct, Enum => ReadValue(Optional(key), node => _reader.Word<TEnum>(node, Label(key)));

    /// <summary>One of a fixed set of words mapped to values; see <see cref="YamlNodeReader.Choice{T}"/>.</summary>
    public T? RequiredChoice<T>(string key, IReadOnlyList<KeyValuePair<string, T>> choices)
        where T : struct => ReadValue(Required(key), node => _reader.Choice(node, Label(key), choices));

    /// <summary>The items of a list that must be present (it may be empty); null, after reporting, otherwise.</summary>
    public IReadOnlyList<YamlNode>? RequiredSequence(string key) =>
        Read(Required(key), node => _reader.Sequence(node, Label(key)));

    /// <summary>The items of an optional list; empty when the key is absent or null.</summary>
    public IReadOnlyList<YamlNode> OptionalSequence(string key) =>
        Read(Optional(key), node => _reader.Sequence(node, Label(key))) ?? [];

    /// <summary>A nested mapping that must be present, with its own allowed keys.</summary>
    public YamlMappingReader? RequiredMapping(string key, string what, IReadOnlyList<string> allowedKeys) =>
        Read(Required(key), node => _reader.Mapping(node, what, allowedKeys));

    /// <summary>A nested optional mapping, with its own allowed keys; null when absent.</summary>
    public YamlMappingReader? OptionalMapping(string key, string what, IReadOnlyList<string> allowedKeys) =>
        Read(Optional(key), node => _reader.Mapping(node, what, allowedKeys));

    /// <summary>Reports each key not in <paramref name="allowedKeys"/>, with a near miss and the allowed keys.</summary>
    internal void RejectUnknownKeys(IReadOnlyList<string> allowedKeys)
    {
        foreach (var (key, _) in _entries)
        {
            var name = key.Value ?? string.Empty;
            if (!allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                _reader.Report(key, $"unknown key '{name}' in {What}{EditDistance.DidYouMean(name, allowedKeys)}; allowed keys: {string.Join(", ", allowedKeys)}");
            }
        }
    }

    private (YamlScalarNode Key, YamlNode Value)? Find(string key)
    {
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    private string Label(string key) => $"'{key}' of {What}";

    // Plain null tests, not 'Required(key) is { } node ? … : null': Stryker places a mutant beside
    // the original expression, and a pattern variable declared in both does not compile, so every
    // mutant of these readers was lost (docs/testing.md).
    private static T? Read<T>(YamlNode? node, Func<YamlNode, T?> read)
        where T : class => node is null ? null : read(node);

    private static T? ReadValue<T>(YamlNode? node, Func<YamlNode, T?> read)
        where T : struct => node is null ? null : read(node);

    private SourceLocation LocateOrStart(YamlNode? node) => node is null ? Location : _reader.Locate(node);
}
