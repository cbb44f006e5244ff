using Diplomacy.Model.Uncertainty;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Uncertainty;

/// <summary>
/// Reads an <c>uncertainty</c> value, in a scenario or a sweep file: <c>none</c>,
/// <c>from-confidence</c> (the default spreads) or <c>{ from-confidence: { stated: 2, implied: 5,
/// assumed: 10 } }</c> (any spread left out keeps its default).
/// </summary>
public static class UncertaintyReader
{
    public const string None = "none";
    public const string FromConfidence = "from-confidence";

    public static IReadOnlyList<string> Kinds { get; } = [None, FromConfidence];

    public static IReadOnlyList<string> SpreadKeys { get; } = ["stated", "implied", "assumed"];

    /// <summary>Result of reading: <see cref="Given"/> false when the value was wrong (reported), else <see cref="Spec"/> (null for <c>none</c>).</summary>
    public readonly record struct Reading(bool Given, UncertaintySpec? Spec);

    public static Reading Read(YamlNodeReader reader, YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode)
        {
            return reader.String(node, what) switch
            {
                None => new Reading(true, null),
                FromConfidence => new Reading(true, UncertaintySpec.FromConfidence),
                null => default,
                var other => Unknown(reader, node, what, other),
            };
        }

        // Plain null tests, not pattern variables: Stryker cannot compile the mutants of a method
        // whose pattern variables a mutant copies or leaves unassigned (docs/testing.md).
        var outer = reader.Mapping(node, what, [FromConfidence]);
        var inner = outer?.Required(FromConfidence);
        var spreads = inner is null ? null : reader.Mapping(inner, $"'{FromConfidence}' of {what}", SpreadKeys);
        if (spreads is null)
        {
            return default;
        }

        var spec = UncertaintySpec.FromConfidence;
        foreach (var confidence in UncertaintySpec.Confidences)
        {
            var key = YamlNodeReader.WordOf(confidence);
            var spread = spreads.OptionalDouble(key, 0, UncertaintySpec.MaxSpread);
            if (spread is not null)
            {
                spec = spec.With(confidence, spread.Value);
            }
        }

        return new Reading(true, spec);
    }

    private static Reading Unknown(YamlNodeReader reader, YamlNode node, string what, string word)
    {
        reader.Report(node, $"{what} must be {YamlNodeReader.Join(Kinds)} or a mapping {{ {FromConfidence}: {{ stated: 2, implied: 5, assumed: 10 }} }}; got '{word}'{EditDistance.DidYouMean(word, Kinds)}");
        return default;
    }
}
