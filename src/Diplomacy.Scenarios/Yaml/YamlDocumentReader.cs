using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Yaml;

/// <summary>
/// Loads a YAML file into YamlDotNet's representation model, whose nodes keep their line and
/// column, so that every later check can point at the exact place. Syntax errors and unreadable
/// files become an <see cref="InputException"/> with the parser's message and location: nothing
/// further can be checked in a file that does not parse, so these stop at once.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>Reads and parses <paramref name="path"/>, a file of the given kind; errors name the path as given.</summary>
    /// <exception cref="InputException">
    /// The file is missing, not a regular file, larger than the kind allows, unreadable, not valid
    /// text, empty, nested too deeply, holds more than one document, or is not valid YAML.
    /// </exception>
    public static YamlFile Load(string path, InputKind kind) => Parse(InputFile.ReadText(path, kind), path);

    /// <summary>Parses <paramref name="text"/> as if it were the content of <paramref name="file"/> (used by tests and by callers that already hold the text).</summary>
    /// <exception cref="InputException">The text is empty, holds more than one document, or is not valid YAML.</exception>
    public static YamlFile Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        IParser reading = new Parser(new StringReader(text));
        try
        {
            // The representation model is built recursively: measure first, so deep nesting is an error, not a stack overflow.
            CheckShape(reading, file);
            reading = parser;
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            throw new InputException(new InputError(YamlNodeReader.Locate(file, e.Start), $"invalid YAML: {ParserMessage(e)}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way (without a mark) on some unclosed flow
            // collections; the last event the parser produced is the nearest place we know.
            var mark = reading.Current?.End ?? Mark.Empty;
            throw new InputException(new InputError(
                YamlNodeReader.Locate(file, mark),
                "invalid YAML: the text does not parse here (is a bracket, brace or quote left open?)"));
        }

        return stream.Documents.Count switch
        {
            0 => throw new InputException(new InputError(new SourceLocation(file, 1, 1), "the file is empty; expected a YAML mapping")),
            1 => new YamlFile(new YamlNodeReader(file), stream.Documents[0].RootNode),
            _ => throw new InputException(new InputError(
                YamlNodeReader.Locate(file, stream.Documents[1].RootNode.Start),
                "the file holds more than one YAML document ('---'); expected exactly one")),
        };
    }

    /// <summary>Walks the parser's events (no recursion, nothing kept) and refuses a file nested too deeply or with too many nodes.</summary>
    private static void CheckShape(IParser events, string file)
    {
        var depth = 0;
        var nodes = 0;
        while (events.MoveNext())
        {
            switch (events.Current)
            {
                case MappingStart or SequenceStart when ++depth > InputLimits.YamlDepth:
                    throw new InputException(new InputError(
                        YamlNodeReader.Locate(file, events.Current.Start),
                        $"collections are nested more than {InputLimits.YamlDepth} deep here; no diplomacy file needs more than 5 levels"));
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }

            if (events.Current is NodeEvent && ++nodes > InputLimits.YamlNodes)
            {
                throw new InputException(new InputError(
                    YamlNodeReader.Locate(file, events.Current.Start),
                    $"the file holds more than {InputLimits.YamlNodes:N0} YAML nodes; that is more than any world or scenario allowed needs"));
            }
        }
    }

    private static string ParserMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: .., Col: .., Idx: ..) - (Line: ..): "; the
        // location is already printed in front, so keep only the words.
        var message = (e.InnerException as YamlException)?.Message ?? e.Message;
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message).Trim();
    }
}
