using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.World;

/// <summary>
/// The values of a world file still written as the bare word <c>draft</c>: what
/// <c>diplomacy seed init</c> leaves for the analyst to decide. Each one is located. A world read
/// for use reports every draft as an error (a guess is never accepted as a number); a world read
/// for review collects them in <see cref="Found"/> instead.
/// </summary>
internal sealed class DraftValues(YamlNodeReader reader, bool allowed)
{
    /// <summary>The word that marks an undecided value; quoted (<c>"draft"</c>) it is ordinary text.</summary>
    public const string Word = "draft";

    private readonly List<InputError> _found = [];

    /// <summary>Every draft value met, in reading order (only when drafts are allowed).</summary>
    public IReadOnlyList<InputError> Found => _found;

    /// <summary>True for a plain (unquoted) scalar <c>draft</c>.</summary>
    public static bool IsDraft(YamlNode? node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: Word };

    /// <summary>
    /// When <paramref name="key"/> of <paramref name="mapping"/> is <c>draft</c>: records it (in
    /// <paramref name="undecided"/>, and as an error or a found draft) and returns true.
    /// </summary>
    public bool Check(YamlMappingReader mapping, string key, List<string> undecided)
    {
        if (!IsDraft(mapping.Value(key)))
        {
            return false;
        }

        undecided.Add(key);
        Record(mapping, key);
        return true;
    }

    /// <summary>Records <paramref name="key"/> of <paramref name="mapping"/> as undecided (for <c>confidence: draft</c>, read as a word).</summary>
    public void Record(YamlMappingReader mapping, string key)
    {
        var location = mapping.LocationOf(key);
        var message = $"'{key}' of {mapping.What} is still a draft; decide it with 'diplomacy seed review' or by hand";
        if (allowed)
        {
            _found.Add(new InputError(location, message));
        }
        else
        {
            reader.Report(location, message);
        }
    }
}
