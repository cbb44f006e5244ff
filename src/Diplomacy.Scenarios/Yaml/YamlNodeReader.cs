using System.Globalization;
using System.Numerics;
using Diplomacy.Scenarios.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Yaml;

/// <summary>
/// Turns YAML nodes into typed values and COLLECTS every mistake as an <see cref="InputError"/>
/// located at file:line:column, instead of stopping at the first. A method that cannot produce a
/// value records why and returns null, so the caller carries on and the user sees all errors in
/// one run; call <see cref="ThrowIfErrors"/> once the whole file has been read.
/// </summary>
/// <remarks>
/// Strict on purpose: numbers and booleans must be plain (unquoted) scalars, booleans are only
/// <c>true</c>/<c>false</c>, words are matched exactly. A typo is reported, never read as a default.
/// </remarks>
public sealed class YamlNodeReader(string file)
{
    private readonly List<InputError> _errors = [];

    /// <summary>The file's name as printed in every location.</summary>
    public string File { get; } = file;

    /// <summary>The errors recorded so far, in the order they were found.</summary>
    public IReadOnlyList<InputError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>A YamlDotNet mark (1-based line and column) as a location in <paramref name="file"/>.</summary>
    public static SourceLocation Locate(string file, Mark mark) =>
        new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    /// <summary>Where <paramref name="node"/> starts.</summary>
    public SourceLocation Locate(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Locate(File, node.Start);
    }

    /// <summary>Records an error at <paramref name="node"/>.</summary>
    public void Report(YamlNode node, string message) => Report(Locate(node), message);

    /// <summary>Records an error at <paramref name="location"/> (for checks made after reading, such as cross references).</summary>
    public void Report(SourceLocation location, string message) => _errors.Add(new InputError(location, message));

    /// <summary>Throws an <see cref="InputException"/> carrying every recorded error, if any, in file order.</summary>
    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            // Checks run in passes (shape, then cross references); sorting reads top to bottom.
            throw new InputException(_errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToList());
        }
    }

    /// <summary>True for an explicit YAML null: <c>~</c>, <c>null</c> or an empty plain value.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>
    /// Opens <paramref name="node"/> as a mapping whose keys must all be among
    /// <paramref name="allowedKeys"/>; each unknown key is reported (with a "did you mean" for a
    /// near miss and the list of allowed keys). Returns null, after reporting, when the node is not a mapping.
    /// </summary>
    /// <param name="what">What the mapping is, for messages (for example "actor" or "the scenario").</param>
    public YamlMappingReader? Mapping(YamlNode node, string what, IReadOnlyList<string> allowedKeys)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(allowedKeys);
        var mapping = node as YamlMappingNode;
        if (mapping is null)
        {
            Report(node, $"{what} must be a mapping of {Join(allowedKeys)}; got {Describe(node)}");
            return null;
        }

        var reader = new YamlMappingReader(this, mapping, what);
        reader.RejectUnknownKeys(allowedKeys);
        return reader;
    }

    /// <summary>The items of a sequence node; null, after reporting, when the node is not a sequence.</summary>
    public IReadOnlyList<YamlNode>? Sequence(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        var sequence = node as YamlSequenceNode;
        if (sequence is not null)
        {
            return sequence.Children.ToList();
        }

        Report(node, $"{what} must be a list ('- item' lines or [a, b]); got {Describe(node)}");
        return null;
    }

    /// <summary>A text value; null, after reporting, when the node is not a scalar or is empty.</summary>
    public string? String(YamlNode node, string what)
    {
        var text = Scalar(node, what, "text");
        if (text is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text) || IsNull(node))
        {
            Report(node, $"{what} must not be empty");
            return null;
        }

        return text;
    }

    /// <summary>A finite number in [<paramref name="minimum"/>, <paramref name="maximum"/>]; null, after reporting, otherwise.</summary>
    public double? Double(YamlNode node, string what, double minimum = double.MinValue, double maximum = double.MaxValue) =>
        Number(node, what, "a number", NumberStyles.Float, minimum, maximum);

    /// <summary>A whole number in [<paramref name="minimum"/>, <paramref name="maximum"/>]; null, after reporting, otherwise.</summary>
    public int? Int(YamlNode node, string what, int minimum = int.MinValue, int maximum = int.MaxValue) =>
        Number(node, what, "a whole number", NumberStyles.AllowLeadingSign, minimum, maximum);

    /// <summary><c>true</c> or <c>false</c> (nothing else: "yes", "on" and friends are reported).</summary>
    public bool? Bool(YamlNode node, string what)
    {
        var text = PlainScalar(node, what, "true or false");
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Report(node, $"{what} must be true or false; got '{text}'");
                return null;
        }
    }

    /// <summary>One of the <paramref name="choices"/>' words, matched exactly; an unknown word is reported with the allowed ones and a near miss.</summary>
    public T? Choice<T>(YamlNode node, string what, IReadOnlyList<KeyValuePair<string, T>> choices)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = Scalar(node, what, "one of " + Join(choices.Select(c => c.Key).ToList()));
        if (text is null)
        {
            return null;
        }

        foreach (var (word, value) in choices)
        {
            if (string.Equals(word, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        var words = choices.Select(c => c.Key).ToList();
        Report(node, $"{what} must be one of {Join(words)}; got '{text}'{EditDistance.DidYouMean(text, words)}");
        return null;
    }

    /// <summary>An enum member written as its lower-kebab-case name (<c>State</c> as <c>state</c>, <c>BdmScholz</c> as <c>bdm-scholz</c>).</summary>
    public TEnum? Word<TEnum>(YamlNode node, string what)
        where TEnum : struct, Enum => Choice(node, what, WordsOf<TEnum>());

    /// <summary>The lower-kebab-case words of an enum's members, in declaration order.</summary>
    public static IReadOnlyList<KeyValuePair<string, TEnum>> WordsOf<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => KeyValuePair.Create(ToKebabCase(v.ToString()), v)).ToList();

    /// <summary>The word files and outputs use for an enum member: <c>ActorKind.State</c> → <c>state</c>.</summary>
    public static string WordOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => ToKebabCase(value.ToString());

    /// <summary><c>BdmScholz</c> → <c>bdm-scholz</c>: the spelling the files use for enum words.</summary>
    public static string ToKebabCase(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>"a, b or c" with each word quoted, for messages.</summary>
    public static string Join(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var quoted = words.Select(w => $"'{w}'").ToList();
        return quoted.Count switch
        {
            0 => "nothing",
            1 => quoted[0],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + " or " + quoted[^1],
        };
    }

    /// <summary>What a node is, in words: "a list", "a mapping", "the text 'x'".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode scalar when IsNull(scalar) => "nothing (null)",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };

    private string? Scalar(YamlNode node, string what, string expected)
    {
        ArgumentNullException.ThrowIfNull(node);
        var scalar = node as YamlScalarNode;
        if (scalar is not null)
        {
            return scalar.Value ?? string.Empty;
        }

        Report(node, $"{what} must be {expected}; got {Describe(node)}");
        return null;
    }

    private string? PlainScalar(YamlNode node, string what, string expected)
    {
        var text = Scalar(node, what, expected);
        if (text is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: not (ScalarStyle.Plain or ScalarStyle.Any) })
        {
            // A quoted "0.5" is text in YAML; accepting it would hide a file written by hand the wrong way.
            Report(node, $"{what} must be {expected}, unquoted; got the quoted text '{text}'");
            return null;
        }

        if (IsNull(node))
        {
            Report(node, $"{what} must be {expected}; got nothing (null)");
            return null;
        }

        return text;
    }

    private T? Number<T>(YamlNode node, string what, string expected, NumberStyles styles, T minimum, T maximum)
        where T : struct, INumber<T>, IMinMaxValue<T>
    {
        var text = PlainScalar(node, what, expected);
        if (text is null)
        {
            return null;
        }

        var range = RangeText(minimum, maximum);
        // The parse stands alone: Stryker cannot compile a mutant that copies an 'out var' (docs/testing.md).
        var parsed = T.TryParse(text, styles, CultureInfo.InvariantCulture, out var value);
        if (!parsed || !T.IsFinite(value))
        {
            Report(node, $"{what} must be {expected}{range}; got '{text}'");
            return null;
        }

        if (value < minimum || value > maximum)
        {
            Report(node, $"{what} must be{range}; got {Format(value)}");
            return null;
        }

        // Adding zero turns -0 into 0, so that no output ever spells "-0".
        return value + T.Zero;
    }

    private static string RangeText<T>(T minimum, T maximum)
        where T : INumber<T>, IMinMaxValue<T> =>
        (minimum != T.MinValue, maximum != T.MaxValue) switch
        {
            (true, true) => $" between {Format(minimum)} and {Format(maximum)}",
            (true, false) => $" of at least {Format(minimum)}",
            (false, true) => $" of at most {Format(maximum)}",
            _ => string.Empty,
        };

    private static string Format<T>(T value)
        where T : INumber<T> => value.ToString(null, CultureInfo.InvariantCulture);
}
